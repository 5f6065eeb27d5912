# round() on ints with negative ndigits uses round-half-even.
print(round(7), round(-7), type(round(7)))
print(round(1234, -1), round(1235, -1), round(1245, -1), round(1250, -2), round(1350, -2))
print(round(-1250, -2), round(-1350, -2), round(15, -1), round(25, -1), round(-25, -1))
print(round(123456789, -3), round(123456789, -10), round(5, -1), round(50, -2))
print(round(10 ** 30 + 5, -1), round(7, 2), round(7, 0))
print(round(2 ** 70, -20))
print(type(round(7, 2)), type(round(7, -1)))
for n in range(-35, 40, 10):
    print(n, round(n, -1), round(n, -2))
print(round(-(2 ** 70), -5), round(0, -3), round(-1, 0))
