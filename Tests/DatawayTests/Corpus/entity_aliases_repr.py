# MIME aliases, parameters and case; the entity's repr and the ^ keys.
for mime in ["text/xml", "application/xml", "APPLICATION/XML; charset=utf-8", "text/csv", "application/csv"]:
    body = "<r>1</r>" if "xml" in mime.lower() else "h\r\n1\r\n"
    e = Entity.from_bytes(body, mime)
    print(mime, "->", e["^value"], e["^mime_type"], e["^encoding"])
e = Entity.from_value({"r": {"@a": "1"}}, mime_type="text/xml")
print(repr(e))
print(str(e))
print(e["^blob"][:5], len(e["^blob"]), isinstance(e["^blob"], bytes))
print(e.get("r"), e.get("zzz", "default"), e["r"]["@a"])
try:
    Entity.from_value({"r": 1}, mime_type="application/pdf")
except ValueError as err:
    print(err)
