# Reading deeply nested dict/list structures safely.
order = {
    "id": "o-1",
    "customer": {"name": "Ann", "address": {"city": "Oslo", "zip": "0150"}},
    "lines": [
        {"sku": "A", "qty": 2, "price": 9.99, "tags": ["new"]},
        {"sku": "B", "qty": 1, "price": 100.0, "tags": []},
    ],
}
print(order["customer"]["address"]["city"])
print(order["lines"][1]["sku"], order["lines"][-1]["price"])
print(order["lines"][0]["tags"][0])
print(order.get("missing", {}).get("deeper", "fallback"))
print([line["sku"] for line in order["lines"] if line["tags"]])

def dig(obj, *path, default=None):
    for key in path:
        try:
            obj = obj[key]
        except (KeyError, IndexError, TypeError):
            return default
    return obj

print(dig(order, "customer", "address", "zip"))
print(dig(order, "lines", 5, "sku", default="none"))
print(dig(order, "lines", 0, "tags", 0))
print(dig(order, "id", "x"))
print(dig(order, "customer", "name", 0))
total = sum(l["qty"] * l["price"] for l in order["lines"])
print(round(total, 2))
order["lines"][0]["qty"] += 1
print(order["lines"][0])
