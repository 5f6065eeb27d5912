# Mean, variance, stddev, median computed by hand with math.
import math
data = [2, 4, 4, 4, 5, 5, 7, 9]
n = len(data)
mean = sum(data) / n
var_pop = sum((x - mean) ** 2 for x in data) / n
var_samp = sum((x - mean) ** 2 for x in data) / (n - 1)
print(mean, var_pop, math.sqrt(var_pop), var_samp, round(math.sqrt(var_samp), 10))
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
print(median, min(data), max(data), max(data) - min(data))
values = [1.5, 2.25, 3.125, 10.0]
gm = math.prod(values) ** (1 / len(values))
hm = len(values) / sum(1 / v for v in values)
print(round(gm, 10), round(hm, 10), math.fsum(values) / len(values))
pct = [round(100 * x / sum(data), 2) for x in data]
print(pct, round(sum(pct), 2))
z = [round((x - mean) / math.sqrt(var_pop), 3) for x in data]
print(z)
