# The body is parsed on first use: a broken body only fails when read.
bad = Entity.from_bytes("<a><b></a>", "application/xml")
print(bad["^mime_type"], len(bad["^blob"]))
for attempt in range(2):
    try:
        bad["^value"]
    except ValueError as e:
        print(attempt, e)
good = Entity.from_bytes("x,y\r\n1,2\r\n", "text/csv")
print(good["^value"] is good["^value"])
