# A value through every format: JSON -> XML -> JSON -> CSV -> JSON.
rows = [{"id": "1", "name": "Ann & Co", "city": "Zürich"}, {"id": "2", "name": "<Bob>", "city": "北京"}]
j = Entity.from_value(rows, mime_type="application/json")
x = Entity.from_value({"rows": {"row": j["^value"]}}, mime_type="application/xml")
j2 = Entity.from_value(x["rows"]["*row"], mime_type="application/json")
c = Entity.from_value(j2["^value"], mime_type="text/csv")
final = Entity.from_value(c["^value"], mime_type="application/json")
print(final["^value"] == rows)
print(x["^blob"].decode())
print(c["^blob"].decode(), end="")
