# Floor division rounds toward negative infinity.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 7), (-1, 7), (6, 3), (-6, 3)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}")
print(10 ** 30 // 7)
print(-(10 ** 30) // 7)
print(10 ** 30 // -(10 ** 15 + 3))
print((2 ** 100 + 1) // 2 ** 50)
print(7 // 2.0, -7 // 2.0, 7.0 // -2, 1 // 0.3)
print(type(7 // 2), type(7 // 2.0))
print(True // 1, 5 // True)
for a, b in [(1, 0), (1.0, 0), (10 ** 20, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
