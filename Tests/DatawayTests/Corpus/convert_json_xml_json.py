# JSON -> XML -> JSON on an order: parse-then-serialise keeps every value (as text).
import json

order = {
    "order": {
        "@id": "SO-1001",
        "@currency": "EUR",
        "customer": {"name": "ACME GmbH", "vat": "DE123", "address": {"street": "Hauptstr. 1", "city": "Köln"}},
        "lines": {"line": [
            {"@no": "1", "sku": "W-1", "qty": "2", "price": "9.99"},
            {"@no": "2", "sku": "G-7", "qty": "1", "price": "120.00", "note": "gift wrap & card <fragile>"},
        ]},
        "notes": None,
    }
}
j = Entity.from_value(order, mime_type="application/json")
x = Entity.from_value(j["^value"], mime_type="application/xml")
print(x["^blob"].decode())
back = Entity.from_value(x["^value"], mime_type="application/json")
print(back["^value"] == order)
print(json.dumps(back["^value"], sort_keys=True))
