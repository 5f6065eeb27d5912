# Nested structures, lists of dicts, tuples, comments and the xmlns dict.
v = {
    "invoice": {
        "@xmlns": {"": "urn:inv", "x": "urn:ext"},
        "#comment": "generated",
        "number": "INV-1",
        "items": {"item": [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1, "tags": ("x", "y")}]},
        "nested": [[1, 2], [3]],
        "total": {"@currency": "EUR", "#text": 12.5},
    }
}
print(Entity.from_value(v, mime_type="application/xml")["^blob"].decode())
for bad in ["a--b", "end-"]:
    try:
        Entity.from_value({"a": {"#comment": bad}}, mime_type="application/xml")
    except ValueError as e:
        print(e)
print(Entity.from_value({"#comment": "top", "r": {"x": ["", None]}}, mime_type="application/xml")["^blob"].decode())
