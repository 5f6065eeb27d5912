# pi, e, tau, inf, nan constants.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), str(math.e), f"{math.pi:.3f}", f"{math.e:.10f}", round(math.pi, 2))
print(math.tau == 2 * math.pi, math.inf == float("inf"), math.nan == math.nan, math.isnan(math.nan))
print(math.inf > 10 ** 1000, -math.inf < -(10 ** 1000), math.inf - math.inf, math.inf * 0)
print(type(math.pi), type(math.inf), math.pi * 2 ** 2, math.e ** 2)
print(math.floor(math.pi * 1000) / 1000, math.ceil(math.e * 100) / 100)
area = math.pi * 2.5 ** 2
print(area, round(area, 4), f"{area:.2f}")
print(min(math.pi, math.e), max(math.inf, 1e308), sorted([math.tau, math.e, math.pi]))
print(math.isclose(math.pi, 22 / 7, rel_tol=1e-3), math.isclose(math.pi, 355 / 113, rel_tol=1e-7))
