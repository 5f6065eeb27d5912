# int() conversion from float, bool, bytes, and its errors.
print(int(3.99), int(-3.99), int(0.5), int(-0.5), int(1e20), int(-1e20))
print(int(2.0 ** 63), int(2.0 ** 64), int(1e100))
print(int(True), int(False), int(), int(7))
print(int(b"42"), int(bytearray(b" 17 ")), int(b"ff", 16))
print(int("  12  "), int("1" * 30))
print(int(123456789.987654321))
print(int(float("1e30")), int(1.7976931348623157e308) > 10 ** 307)
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(repr(e))
for bad in [None, [1], "1.0", "1e3", "", {}]:
    try:
        int(bad)
    except (TypeError, ValueError) as e:
        print(repr(e))
