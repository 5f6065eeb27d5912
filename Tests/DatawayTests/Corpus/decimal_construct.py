from decimal import Decimal
for v in ["0", "1.50", "-0.00", "1e3", "1E-3", "  42  ", "1_000.000_1", "+7", ".5", "5.", "Infinity", "-inf", "NaN", "123456789012345678901234567890.123"]:
    print(repr(v), repr(Decimal(v)), str(Decimal(v)))
for v in [0, -17, 10**30, 0.1, 2.5, -0.0, 1e20, 1/3]:
    print(v, Decimal(v))
print(Decimal(), Decimal(Decimal("3.30")), Decimal((0, (3, 1, 4), -2)), Decimal((1, (5,), 3)))
