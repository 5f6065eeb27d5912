# A realistic money-ish computation with floats and rounding at the end.
items = [("widget", 4, 3.99), ("gadget", 1, 24.5), ("gizmo", 3, 7.333), ("bolt", 100, 0.05)]
subtotal = 0.0
for name, qty, unit in items:
    line = qty * unit
    subtotal += line
    print(f"{name:<8}{qty:>4} x {unit:>7.3f} = {line:>9.3f} raw={line!r}")
tax_rate = 0.0825
tax = subtotal * tax_rate
total = subtotal + tax
print("subtotal", subtotal, round(subtotal, 2))
print("tax", tax, round(tax, 2))
print("total", total, round(total, 2), f"{total:,.2f}")
split = total / 3
print("each", split, round(split, 2), round(split, 2) * 3)
interest = 1000.0
for year in range(5):
    interest *= 1.05
print(interest, round(interest, 2))
print(round(1000 * 1.05 ** 5, 4))
