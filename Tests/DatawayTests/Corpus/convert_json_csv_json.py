# JSON -> CSV -> JSON on invoice lines: the same rows come back (values as strings).
import json

invoice = [
    {"invoice": "INV-7", "line": "1", "sku": "W-1", "description": "Widget, blue", "qty": "2", "amount": "19.98"},
    {"invoice": "INV-7", "line": "2", "sku": "G-7", "description": 'Gadget "Pro"', "qty": "1", "amount": "120.00"},
    {"invoice": "INV-7", "line": "3", "sku": "S-0", "description": "Shipping\nexpress", "qty": "1", "amount": "0"},
]
j = Entity.from_value(invoice, mime_type="application/json")
c = Entity.from_value(j["^value"], mime_type="text/csv")
print(repr(c["^blob"].decode()))
back = c["^value"]
print(back == invoice)
print(json.dumps(back))
numbers = [{"n": 1, "f": 2.5, "b": False, "none": None}]
print(Entity.from_value(numbers, mime_type="text/csv")["^value"])
