# float() constructor across inputs.
print(float(), float(0), float(-3), float(2 ** 60), float(True), float("  .5 "), float("-1e-3"))
print(float("inf"), float("-INF"), float("nAn"), float("1_5"), float(b"1.5"), float(bytearray(b"2")))
print(float(10 ** 308), float("1e308") * 10, float("-0"), float(3.5))
for bad in ["", "1.5.5", "one", None, [1.0], "0x1p3"]:
    try:
        print(float(bad))
    except (ValueError, TypeError) as e:
        print(repr(e))
try:
    float(10 ** 309)
except OverflowError as e:
    print(repr(e))
