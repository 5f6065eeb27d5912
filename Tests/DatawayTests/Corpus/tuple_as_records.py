# Tuples as lightweight records sorted and grouped.
rows = [
    ("2024-01-03", "ann", 12.5),
    ("2024-01-01", "bob", 7.0),
    ("2024-01-02", "ann", 3.25),
    ("2024-01-01", "cy", 10.0),
    ("2024-01-03", "bob", 1.75),
]
by_date = sorted(rows)
for r in by_date:
    print(r)
by_amount = sorted(rows, key=lambda r: r[2], reverse=True)
print(by_amount[0], by_amount[-1])
totals = {}
for date, who, amt in rows:
    totals[who] = totals.get(who, 0) + amt
print(totals)
print(sorted(totals.items(), key=lambda kv: kv[1]))
dates = sorted({r[0] for r in rows})
print(dates)
print([(d, sum(r[2] for r in rows if r[0] == d)) for d in dates])
