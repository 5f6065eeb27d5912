# Rendering a fixed-width text table with alignment.
rows = [("Widget", 3, 4.5), ("Gadget Pro Max", 12, 129.99), ("Nut", 1000, 0.015), ("Ünïcödé", 7, 10.0)]
headers = ("Product", "Qty", "Price")
w0 = max(len(headers[0]), max(len(r[0]) for r in rows))
print(f"{headers[0]:<{w0}} | {headers[1]:>5} | {headers[2]:>8}")
print("-" * w0 + "-+-" + "-" * 5 + "-+-" + "-" * 8)
for name, qty, price in rows:
    print(f"{name:<{w0}} | {qty:>5} | {price:>8.2f}")
total = sum(q * p for _, q, p in rows)
print("=" * (w0 + 19))
print(f"{'TOTAL':>{w0}} | {'':>5} | {total:>8.2f}")
print("Product".ljust(w0, ".") + str(len(rows)).rjust(4, "."))
for name, qty, price in rows:
    print(name[:10].ljust(10) + "|" + str(qty).center(6) + "|" + ("%.1f" % price).rjust(7))
