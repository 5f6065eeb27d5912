# Operations on very large and very small floats and ints.
import math
big = 1e300
print(math.floor(big) == 10 ** 300, math.floor(big) - 10 ** 300, math.ceil(1.5e300) % 10 ** 6)
print(math.floor(2.0 ** 70), math.trunc(-2.0 ** 80), math.ceil(9007199254740993.0))
print(math.sqrt(10 ** 300), math.log(10 ** 1000), round(math.log10(2 ** 10000), 6))
print(math.isqrt(2 ** 200), math.isqrt(10 ** 100 - 1), math.isqrt(10 ** 100))
print(math.floor(1e16 + 0.5), math.floor(-1e16 - 0.5), int(1e23), math.floor(1e23))
print(math.ldexp(1.0, 1023), math.ldexp(1.0, -1022), math.frexp(math.ldexp(1.0, 1023)))
print(math.hypot(1e300, 1e300), math.sqrt(2) * 1e300, 1e-300 * 1e-300, math.exp(-745), math.exp(-746))
