# A typical transform: parse JSON text, reshape, dump with options.
import json
raw = '''{"orders": [
  {"id": "A1", "customer": {"id": 7, "name": "Zoë"}, "items": [{"sku": "x", "qty": 2, "price": 3.5}]},
  {"id": "A2", "customer": {"id": 9, "name": "Bo"}, "items": [{"sku": "y", "qty": 1, "price": 10}, {"sku": "z", "qty": 3, "price": 0.99}]},
  {"id": "A3", "customer": {"id": 7, "name": "Zoë"}, "items": []}
]}'''
doc = json.loads(raw)
out = []
for o in doc["orders"]:
    total = round(sum(i["qty"] * i["price"] for i in o["items"]), 2)
    out.append({"orderId": o["id"], "customerId": o["customer"]["id"], "lines": len(o["items"]), "total": total})
print(json.dumps(out))
print(json.dumps(out, indent=2, sort_keys=True))
by_customer = {}
for o in out:
    c = str(o["customerId"])
    by_customer[c] = round(by_customer.get(c, 0) + o["total"], 2)
print(json.dumps(by_customer, separators=(",", ":")))
names = {o["customer"]["id"]: o["customer"]["name"] for o in doc["orders"]}
print(json.dumps(names), json.dumps(names, ensure_ascii=False))
