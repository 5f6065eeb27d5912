# A plain dict of fields: one part per value, lists repeat the field.
e = Entity.from_value({"q": "shoes", "size": 42, "colour": ["red", "blue"], "empty": None}, mime_type="multipart/form-data")
print(e["^mime_type"])
print(e["^blob"].decode())
print([(p["name"], p["value"]) for p in e["parts"]])
print(e["q"]["value"], [p["value"] for p in e["*colour"]], e["empty"]["value"] == "")
