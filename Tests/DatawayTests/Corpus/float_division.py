# Float division and its special cases.
print(1.0 / 3, 10 / 4.0, -9 / 2.5, 1e300 / 1e-300, 1e-300 / 1e300)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.5 // -2, 7.5 % -2)
print(0.3 // 0.1, 0.3 % 0.1, 1.0 // 0.1, 1.0 % 0.1)
print(divmod(5.5, 1.5), divmod(-5.5, 1.5), divmod(1e20, 3))
print(2 / 3 * 3, (2 / 3) * 3 == 2, 1 - 2 / 3)
print(5e-324 / 2, 5e-324 * 0.5, 1.7976931348623157e308 * 1.0000000000000002)
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (1.0, -0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for op in ["//", "%"]:
    try:
        print(1.0 // 0.0 if op == "//" else 1.0 % 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", op, e)
print(10 / 3 * 3, 10 / 3 * 3 == 10, 0.1 / 0.3)
