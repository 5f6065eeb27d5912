# Convert amounts between currencies, rounding half-even on the final value.
rates = {"USD": 1.0, "EUR": 0.9215, "GBP": 0.7893, "JPY": 148.37, "NOK": 10.652}
payments = [("p1", 100.0, "USD", "EUR"), ("p2", 2500, "JPY", "USD"), ("p3", 19.99, "GBP", "NOK"),
            ("p4", 0.005, "USD", "EUR"), ("p5", 1234567.891, "NOK", "JPY"), ("p6", 10, "XXX", "USD")]
totals = {}
for pid, amount, src, dst in payments:
    if src not in rates or dst not in rates:
        print(pid, "unsupported currency", src if src not in rates else dst)
        continue
    usd = amount / rates[src]
    converted = usd * rates[dst]
    digits = 0 if dst == "JPY" else 2
    value = round(converted, digits)
    totals[dst] = round(totals.get(dst, 0) + value, digits)
    print(f"{pid}: {amount:,} {src} -> {value:,} {dst} (raw {converted!r})")
print(totals)
print({k: f"{v:,.2f}" for k, v in sorted(totals.items())})
