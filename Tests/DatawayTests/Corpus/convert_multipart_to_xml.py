# Form fields from a multipart post written as XML attributes.
e = Entity.from_value({"parts": [{"name": "first", "value": "Ann"}, {"name": "last", "value": "O'Neil"},
                                 {"name": "age", "value": "30"}]}, mime_type="multipart/form-data; boundary=mp")
fields = {p["name"]: p["value"] for p in e["parts"]}
x = Entity.from_value({"person": {"@" + k: v for k, v in fields.items()}}, mime_type="application/xml")
print(x["^blob"].decode())
print(x["person"])
