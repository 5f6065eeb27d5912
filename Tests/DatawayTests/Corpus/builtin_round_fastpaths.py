# round(x, n) for the small-n fast path: ties, values just off a tie in binary, signs, zero.
vals = [2.675, 2.665, 1.005, 0.125, 0.375, 2.5, 3.5, -2.5, -0.5, 0.5, 1.5, 0.005, -0.005, -0.001, 0.001,
        1e-5, -1e-5, 123456.785, 1234567890.12345, 0.1 + 0.2, 1 / 3, -1 / 3, 2 / 3, 4503599627370495.5,
        1e15 + 0.3, 1e300, -1e300, 5e-324, 1e-300, 0.0, -0.0, 9.995, 99.995, 0.045, 1.45, 1.55, 2.345]
for v in vals:
    print(repr(v), [round(v, n) for n in (0, 1, 2, 3, 5, 8, 15, 22, 23)])

x = 1
acc = []
for i in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    v = (x - 1073741824) / 1000.0 / (1 + (i % 7) * 13)
    acc.append(round(v, i % 6))
    acc.append(round(v / 1000, 2 + i % 4))
    acc.append(round(x / 8.0, 2))
print(sum(acc))
print(acc[:20])
print(acc[-20:])
print(round(0.5), round(1.5), round(-0.5), round(2.675, 2), round(-0.0, 2), round(-0.004, 2), round(0.004, 2))
