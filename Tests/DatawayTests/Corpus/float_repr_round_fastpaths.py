# repr/str of floats and round(x, n) through their fast paths: shortest digits in fixed and
# exponent notation at the switch-over points, integral values, subnormals, signed zeros, and
# round() at every small ndigits, halfway cases, results that round to zero, huge values.
import math

VALUES = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 1.5, 2.675, -2.675, 1234.5678, 100.0, 1e15,
    9999999999999998.0, 1e16, 1.2345678901234567e16, 123456789012345678.0, 1e22, 1e23, 1.7976931348623157e308,
    0.001, 0.0001, 0.00012345, 1e-5, 1.5e-5, 5e-324, 2.2250738585072014e-308, 1 / 3, 2 / 3, -1 / 7, 0.5, 2.5,
    -0.5, 1.005, 1.015, 1.025, 0.045, 123.456, 1e-10, 4.35, 8.875, 0.125, 0.375, 1e300, -1e-300, 12345678.9,
    float('inf'), float('-inf'), float('nan'), 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 4503599627370496.5,
]

for x in VALUES:
    print(repr(x), str(x), f'{x}', '{}'.format(x), '%s' % x, '%r' % x)

for x in VALUES:
    if math.isinf(x) or math.isnan(x):
        print(repr(x), round(x, 2), round(x, 0), round(x, -1))
        continue
    print(repr(x), [round(x, n) for n in (0, 1, 2, 3, 5, 8, 15, 16, 17, 22, 23, 30, 300, 400)])
    neg = []
    for n in (-1, -2, -5, -20, -308, -309):
        try:
            neg.append(round(x, n))
        except OverflowError as e:
            neg.append(str(e))
    print('  neg', neg)

for n in range(0, 12):
    print(n, [round(k / 8 + 1 / 1024 * j, n) for k in range(-3, 4) for j in (0, 1)])
print([round(-0.004, 2), round(-0.006, 2), round(0.004, 2), round(-1e-20, 5), round(1e-20, 5)])
print([round(x, 2) for x in (0.285, 0.295, 1.115, 2.345, 10.005, 99.995, 1234.565, -1234.565)])
try:
    print(round(1.7976931348623157e308, -308))
except OverflowError as e:
    print(repr(e))
print(str(123), str(-9223372036854775808), str(2 ** 64), str(True), str('s'), str(None), str([1.5, -0.0]))
