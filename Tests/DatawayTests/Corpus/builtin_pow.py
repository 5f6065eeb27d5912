# pow() builtin: two and three arguments, negatives, floats.
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(0, 0), pow(10, 20))
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(12345, 6789, 1000003), pow(3, -1, 11))
print(pow(2, 0.5), pow(1.5, -1), pow(-8.0, 3), pow(True, 5), pow(2, True))
print(pow(base=2, exp=8), pow(2, 8, mod=10))
for args in [(0, -1), (0.0, -1), (2, 3, 0), (2.0, 2, 3), (2, -1, 4)]:
    try:
        print(pow(*args))
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(repr(e))
print(pow(10, 400) == 10 ** 400, len(str(pow(7, 500))))
