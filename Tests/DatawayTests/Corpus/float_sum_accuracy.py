# sum() of floats is naive left-to-right addition; math.fsum is exact.
import math
data = [0.1] * 10
print(sum(data), math.fsum(data))
data = [1e100, 1.0, -1e100, 1.0]
print(sum(data), math.fsum(data))
data = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
print(sum(data), math.fsum(data))
print(sum([1e-16] * 10, 1.0), math.fsum([1.0] + [1e-16] * 10))
vals = [i / 7 for i in range(1, 50)]
print(sum(vals), math.fsum(vals))
print(sum(vals) == math.fsum(vals))
print(sum([0.1, 0.2], 0.3), sum([], 0.0), sum([1.5]), sum((2.5, -2.5)))
average = sum([9.5, 7.25, 8.0]) / 3
print(average, round(average, 2))
