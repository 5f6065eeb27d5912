# Modulo takes the sign of the divisor.
for a in [7, -7, 0, 13, -13]:
    for b in [3, -3, 5]:
        print(f"{a} % {b} = {a % b}", end="   ")
    print()
print((-1) % 10 ** 30)
print((10 ** 30 + 7) % 10, (-(10 ** 30) - 7) % 10)
print(-7 % 2.5, 7 % -2.5, 5.5 % 2)
print(-1 % 3, -2 % 3, -3 % 3, -4 % 3)
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5)]:
    q, r = a // b, a % b
    print(a, b, q, r, q * b + r == a)
for b in [0, 0.0]:
    try:
        print(5 % b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
