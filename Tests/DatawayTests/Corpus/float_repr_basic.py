# repr of floats uses the shortest string that round-trips.
values = [0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 1.0, -1.0, 100.0, 1.5, 2.675,
          1.1, 2.2, 3.3, 1.1 + 2.2, 0.1 * 3, 9.95, 0.7, 0.07, 123.456]
for v in values:
    print(repr(v), str(v), v)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1.0 - 0.9, 0.3 - 0.1, 100 * 1.1, 3 * 0.1)
print(float(1), float(-7), float(10 ** 15), float(10 ** 16), float(2 ** 53 + 1))
print(1e-323, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308)
print(sum([0.1] * 10), 0.1 * 10)
