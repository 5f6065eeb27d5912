# from_bytes accepts str (encoded with the entity encoding) or bytes; the blob is what was given.
a = Entity.from_bytes("<a>é</a>", "application/xml")
b = Entity.from_bytes("<a>é</a>".encode("utf-8"), "application/xml")
c = Entity.from_bytes("<a>é</a>", "application/xml", "latin-1")
print(a == b, a["^blob"], c["^blob"])
print(a["a"], c["a"])
print(a["^value"] == c["^value"])
try:
    Entity.from_bytes(123, "text/csv")
except TypeError as e:
    print(e)
