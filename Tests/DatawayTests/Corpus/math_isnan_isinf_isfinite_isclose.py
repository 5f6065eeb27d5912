# Classification predicates and isclose tolerances.
import math
vals = [0.0, -0.0, 1.5, 1e308, 5e-324, math.inf, -math.inf, math.nan, 10 ** 30, -5]
for v in vals:
    print(repr(v), math.isnan(v), math.isinf(v), math.isfinite(v))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.01), math.isclose(100, 101, rel_tol=0.001), math.isclose(1, 1))
print(math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(-math.inf, math.inf))
print(math.isclose(1.0, 1.0 + 1e-9), math.isclose(1.0, 1.0 + 1e-8), math.isclose(5, 5.0000000001))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.isnan("x")
except TypeError as e:
    print("TypeError:", e)
