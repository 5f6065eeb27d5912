# Mixed int/float arithmetic promotes to float.
print(1 + 1.0, 2 * 1.5, 3 - 0.5, 7 / 2, 7 // 2.0, 7 % 2.0, 2 ** 0.5, 2.0 ** 2)
print(type(1 + 1.0), type(2 * 1.5), type(True + 1.5), type(10 // 3.0))
print(10 ** 20 + 0.5, 10 ** 20 * 1.0, 2 ** 64 + 0.0)
print(sum([1, 2.0, 3]), sum([1, 2, 3]) / 3, sum([0.5, 0.5], 1))
print(max(1, 2.0), min(3, 2.5), abs(-3) + abs(-1.5))
print(int(3.9) + 0.1, float(3) + 1, 3 * 0.1 == 0.3)
print([x / 2 for x in range(5)], [x // 2.0 for x in range(5)])
print(1 - 1.0, 0 * 1.5, -1 * 0.0, 5 / 5, 5.0 // 5)
price = 19
qty = 3
discount = 0.15
print(price * qty * (1 - discount), round(price * qty * (1 - discount), 2))
print(f"{price * qty * (1 - discount):.2f}")
