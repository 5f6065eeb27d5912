from decimal import Decimal, ROUND_HALF_UP
lines = [{"sku": "A1", "qty": 3, "price": "19.99"}, {"sku": "B2", "qty": 1, "price": "5.05"}, {"sku": "C3", "qty": 12, "price": "0.333"}]
cent = Decimal("0.01")
subtotal = Decimal("0")
for l in lines:
    amount = (Decimal(l["price"]) * l["qty"]).quantize(cent, rounding=ROUND_HALF_UP)
    subtotal += amount
    print(l["sku"], amount)
tax = (subtotal * Decimal("0.13")).quantize(cent, rounding=ROUND_HALF_UP)
total = subtotal + tax
print("subtotal", subtotal, "tax", tax, "total", total)
print(f"{total:,.2f}", str(total), sum((Decimal(l["price"]) for l in lines), Decimal(0)))
split = (total / 3).quantize(cent)
print(split, split * 3, total - split * 2)
