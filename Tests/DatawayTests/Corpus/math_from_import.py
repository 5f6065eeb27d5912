# from math import ... brings names into the module namespace.
from math import sqrt, floor, ceil, pi, e, inf, nan, isnan, gcd, factorial, log, hypot
print(sqrt(81), floor(-2.5), ceil(-2.5), round(pi, 4), round(e, 4), inf, isnan(nan))
print(gcd(48, 180), factorial(6), log(1), hypot(6, 8))
def circle(r):
    return round(pi * r * r, 3), round(2 * pi * r, 3)
print(circle(1), circle(2.5))
print([floor(x / 2) for x in range(-3, 4)], [ceil(x / 2) for x in range(-3, 4)])
import math
print(math.sqrt is sqrt, math.pi == pi)
print(sqrt(2) == math.sqrt(2), floor(1e10))
