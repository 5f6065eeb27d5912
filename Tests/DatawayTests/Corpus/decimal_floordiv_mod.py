from decimal import Decimal
for x, y in [("7", "2"), ("-7", "2"), ("7", "-2"), ("-7", "-2"), ("7.5", "2"), ("10", "0.3"), ("1E+3", "7"), ("0.5", "3")]:
    a, b = Decimal(x), Decimal(y)
    print(x, y, a // b, a % b, divmod(int(a), int(b)) if False else (a // b) * b + a % b == a)
print(Decimal(-7) // 2, -7 // 2, Decimal(-7) % 2, -7 % 2)
