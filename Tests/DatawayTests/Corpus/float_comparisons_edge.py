# Ordering, min/max and sorting with floats, including nan placement quirks.
vals = [3.5, -1.25, 2.0, 1e-9, -0.0, 0.0, 100.0, 2.5]
print(sorted(vals), min(vals), max(vals))
print(sorted(vals, reverse=True))
print(sorted([1.5, 1, 0.5, 2]), sorted(["1.5", "10.0", "9.0"]))
nan = float("nan")
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan))
print(1.0 < 1.0000000000000002, 1.0 == 1.0000000000000001)
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 < 0.30000000000000005)
print(abs(-2.5) == 2.5, -2.5 < -2.49)
print(5e-324 > 0, 5e-324 / 2 == 0, 2.2250738585072014e-308 > 5e-324)
print(1e308 < float("inf"), float("-inf") < -1e308)
print(sorted([0.1 * 3, 0.3, 0.30000000000000004]))
