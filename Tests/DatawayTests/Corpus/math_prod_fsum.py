# prod and fsum versus naive product and sum.
import math
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 21)), math.prod([2.5, 4]))
print(math.prod([1, 2], start=10), math.prod([0.1] * 3), math.prod(x for x in range(1, 6)))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1, -1e100]), math.fsum([]))
print(math.fsum([1e300, 1e300, -1e300]), math.fsum([1e16, 1.0, 1e-16]))
print(math.fsum([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]), math.fsum(range(101)))
print(math.fsum([1, 2.5, True]), type(math.fsum([1, 2])), type(math.prod([1, 2])))
print(math.prod([10 ** 20, 10 ** 20]) == 10 ** 40, math.prod([-1] * 7))
try:
    math.fsum(["a"])
except TypeError as e:
    print("TypeError:", e)
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, -1]))
try:
    math.fsum([math.inf, -math.inf])
except ValueError as e:
    print("ValueError:", e)
