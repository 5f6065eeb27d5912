# Map order dicts into a new shape, group by customer, total with round(), build a report.
orders = [
    {"id": "o-1001", "customer": {"id": "c-7", "name": "Zoë Adams"}, "lines": [
        {"sku": "TEA-01", "qty": 2, "unit": 4.95}, {"sku": "MUG-02", "qty": 1, "unit": 12.5}]},
    {"id": "o-1002", "customer": {"id": "c-3", "name": "Bob Brown"}, "lines": [
        {"sku": "TEA-01", "qty": 10, "unit": 4.95}]},
    {"id": "o-1003", "customer": {"id": "c-7", "name": "Zoë Adams"}, "lines": [
        {"sku": "POT-09", "qty": 1, "unit": 39.99}, {"sku": "TEA-07", "qty": 3, "unit": 6.1}]},
    {"id": "o-1004", "customer": {"id": "c-9", "name": "Cy Chen"}, "lines": []},
]

def to_summary(order):
    total = sum(l["qty"] * l["unit"] for l in order["lines"])
    return {
        "orderId": order["id"],
        "customerId": order["customer"]["id"],
        "itemCount": sum(l["qty"] for l in order["lines"]),
        "total": round(total, 2),
    }

summaries = [to_summary(o) for o in orders]
for s in summaries:
    print(s)
by_customer = {}
for o, s in zip(orders, summaries):
    c = by_customer.setdefault(s["customerId"], {"name": o["customer"]["name"], "orders": [], "total": 0.0})
    c["orders"].append(s["orderId"])
    c["total"] = round(c["total"] + s["total"], 2)
print(by_customer)
lines = ["CUSTOMER REPORT", "=" * 40]
for cid, c in sorted(by_customer.items(), key=lambda kv: -kv[1]["total"]):
    lines.append(f"{cid:<6}{c['name']:<14}{len(c['orders']):>3} orders {c['total']:>10,.2f}")
grand = round(sum(c["total"] for c in by_customer.values()), 2)
lines.append("-" * 40)
lines.append(f"{'TOTAL':<20}{'':>10} {grand:>9,.2f}")
print("\n".join(lines))
