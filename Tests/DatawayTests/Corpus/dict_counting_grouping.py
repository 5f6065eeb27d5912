# Counting and grouping records with plain dicts.
sales = [
    {"region": "north", "rep": "ann", "amount": 120},
    {"region": "south", "rep": "bob", "amount": 80},
    {"region": "north", "rep": "cy", "amount": 45},
    {"region": "east", "rep": "ann", "amount": 200},
    {"region": "south", "rep": "bob", "amount": 20},
]
by_region = {}
for s in sales:
    by_region.setdefault(s["region"], []).append(s["amount"])
print(by_region)
totals = {r: sum(v) for r, v in by_region.items()}
print(totals, max(totals, key=totals.get), min(totals.items(), key=lambda kv: kv[1]))
per_rep = {}
for s in sales:
    rep = per_rep.setdefault(s["rep"], {"count": 0, "total": 0})
    rep["count"] += 1
    rep["total"] += s["amount"]
print(per_rep)
avg = {k: round(v["total"] / v["count"], 2) for k, v in per_rep.items()}
print(avg)
ranking = sorted(per_rep.items(), key=lambda kv: (-kv[1]["total"], kv[0]))
print([name for name, _ in ranking])
