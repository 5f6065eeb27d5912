from decimal import Decimal
for v in ["3.9", "-3.9", "1E+5", "0.999"]:
    d = Decimal(v)
    print(v, int(d), float(d), round(d), round(d, 1), round(d, -1))
print(str(Decimal("1.50")), f"{Decimal('2.50')}", "%s" % Decimal("0.10"), [Decimal("1.0")], {"a": Decimal("2")})
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("-0.5")), round(Decimal("1.25"), 1), round(Decimal("1.35"), 1))
try:
    int(Decimal("NaN"))
except ValueError as e:
    print(e)
try:
    int(Decimal("Infinity"))
except OverflowError as e:
    print(e)
