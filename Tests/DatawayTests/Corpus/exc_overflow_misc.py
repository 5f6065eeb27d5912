# Less common OverflowError / ValueError sources.
import math
tests = [
    lambda: round(float("inf")), lambda: math.floor(float("-inf")), lambda: int(1e308 * 10),
    lambda: (2 ** 2000) * 1.0, lambda: 2 ** 2000 / 2, lambda: 1e308 ** 2,
    lambda: math.pow(10, 400), lambda: float("1e400"), lambda: 10.0 ** 309,
    lambda: (1).to_bytes(0, "big"), lambda: (2 ** 64).to_bytes(8, "little"),
    lambda: math.ceil(1e308 * 10), lambda: int(float("-inf")), lambda: math.trunc(float("nan")),
]
for i, fn in enumerate(tests):
    try:
        print(i, fn())
    except (OverflowError, ValueError) as e:
        print(i, repr(e))
