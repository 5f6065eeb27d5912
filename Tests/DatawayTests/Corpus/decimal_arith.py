from decimal import Decimal
a = Decimal("10.25")
b = Decimal("3")
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(-a + b, b - a, a * -1, Decimal("1.1") + Decimal("2.20"), Decimal("1.30") + Decimal("1.20"))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(a + 1, 1 + a, 2 * a, a / 2, 100 / a, 7 - a, a ** 2, 2 ** Decimal(10))
print(Decimal("5") - Decimal("5"), Decimal("-5") + Decimal("5"), Decimal("1.000") * Decimal("2.0"))
