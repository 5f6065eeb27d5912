# Compute invoice lines with discounts, tax per rate and rounding per line.
items = [
    {"desc": "Consulting", "hours": 7.5, "rate": 120.0, "tax": 0.25, "discount": 0.1},
    {"desc": "Travel", "hours": 1, "rate": 89.9, "tax": 0.0, "discount": 0},
    {"desc": "License", "hours": 3, "rate": 33.333, "tax": 0.25, "discount": 0.05},
    {"desc": "Support", "hours": 0.25, "rate": 99.0, "tax": 0.12, "discount": 0},
]
tax_totals = {}
net_total = 0.0
print(f"{'Description':<12}{'Net':>10}{'Tax':>9}{'Gross':>10}")
for it in items:
    gross_before = it["hours"] * it["rate"]
    net = round(gross_before * (1 - it["discount"]), 2)
    tax = round(net * it["tax"], 2)
    net_total += net
    key = f"{it['tax']:.0%}"
    tax_totals[key] = round(tax_totals.get(key, 0) + tax, 2)
    print(f"{it['desc']:<12}{net:>10.2f}{tax:>9.2f}{net + tax:>10.2f}")
print("net total:", round(net_total, 2))
print("tax by rate:", tax_totals)
grand = round(net_total + sum(tax_totals.values()), 2)
print("grand total:", grand, f"({grand:,.2f})")
print("average line:", round(grand / len(items), 2))
