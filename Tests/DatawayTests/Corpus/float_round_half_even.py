# round() to integer uses banker's rounding (round half to even).
for v in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.5000000001]:
    print(v, round(v), type(round(v)))
print([round(x + 0.5) for x in range(-5, 6)])
print(round(1e20), round(-1e20), round(1.23456789e25))
print(round(2 ** 52 + 0.5), round(4503599627370497.0))
print(round(7.0), round(-7.9), round(7.9), round(0.0))
total = 0
for cents in range(1, 20):
    total += round(cents / 2)
print(total)
