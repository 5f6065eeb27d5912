from decimal import Decimal
print(Decimal(2) ** 10, Decimal("1.5") ** 3, Decimal("0.1") ** 5, Decimal(10) ** -3, Decimal(2) ** -1, Decimal(3) ** -2)
print(Decimal(2) ** 100, Decimal("1.01") ** 12, Decimal(-2) ** 3, Decimal(-2) ** 4, Decimal(5) ** 0, Decimal("2.5") ** Decimal(2))
print(Decimal(7) ** 1, Decimal("1.1") ** 2, Decimal(10) ** 30, Decimal("0.5") ** -2)
