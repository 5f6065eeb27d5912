from decimal import Decimal
print(Decimal("1.0") == Decimal("1.00"), Decimal("1.0") == 1, Decimal("0.5") == 0.5, Decimal("0.1") == 0.1)
print(Decimal("1.5") < 2, Decimal("1.5") > 1.49, 3 > Decimal("2.9"), Decimal("-0") == 0, Decimal(0) == -0.0)
print(sorted([Decimal("1.10"), Decimal("-3"), 2, Decimal("1.1"), 0.5]))
print(max(Decimal("1"), Decimal("1.0")), min([Decimal("5"), Decimal("-5.5"), Decimal("0")]))
print(Decimal("NaN") == Decimal("NaN"), Decimal("NaN") != 1, Decimal("Infinity") > Decimal("1E+999"))
print(Decimal(1) == "1", Decimal(1) != None)
try:
    Decimal("NaN") < 1
except Exception as e:
    print(repr(e))
