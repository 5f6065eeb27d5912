from decimal import Decimal
print(sum([Decimal("0.1")] * 10), sum([0.1] * 10))
total = Decimal(0)
for i in range(1, 101):
    total += Decimal(1) / Decimal(i)
print(total)
print(Decimal("1") / Decimal("3") * 3, Decimal(10) ** 28 + 1, Decimal(10) ** 28 + Decimal("0.1"))
print(Decimal("1E+27") + 1, Decimal("9999999999999999999999999999") + 1)
