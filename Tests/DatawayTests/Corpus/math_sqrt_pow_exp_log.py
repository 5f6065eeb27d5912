# sqrt, pow, exp and the logarithms, printed exactly where results are exact.
import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(0), math.sqrt(-0.0), math.sqrt(10 ** 20), math.sqrt(1e308))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(0, 0), math.pow(4, -0.5), math.pow(1, math.inf))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(-1000), round(math.exp(10), 6))
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(2 ** 1000))
print(math.log10(1000), math.log10(0.001), math.log10(2), math.log2(1024), math.log2(3), math.log2(2 ** 200))
print(math.log(10 ** 400), math.log10(10 ** 400), math.log2(2 ** 4000))
print(math.isqrt(17), math.isqrt(10 ** 40), math.isqrt(0), math.sqrt(2) ** 2, math.exp(math.log(5)))
print(type(math.sqrt(4)), type(math.pow(2, 2)), type(math.isqrt(4)))
print(math.log1p(1e-10), math.expm1(1e-10), round(27 ** (1 / 3), 12))
