# floor, ceil and trunc return ints, including for huge floats.
import math
for v in [2.5, -2.5, 2.0, -0.5, 0.5, 1e20, -1e20, 1.7976931348623157e308, 7, -7, True, 0.9999999999999999]:
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v), int(v))
print(type(math.floor(2.5)), type(math.ceil(2.0)), type(math.trunc(-1.9)))
print(math.floor(1e300) == int(1e300), len(str(math.floor(1e300))))
print(math.floor(-0.0), math.ceil(-0.0), math.floor(2 ** 100), math.ceil(-(2 ** 100)))
print(math.floor(123456789.99999), math.ceil(1e-300), math.floor(-1e-300))
for bad in [math.inf, -math.inf, math.nan]:
    try:
        math.floor(bad)
    except (OverflowError, ValueError) as e:
        print(repr(e))
try:
    math.floor("1.5")
except TypeError as e:
    print("TypeError:", e)
