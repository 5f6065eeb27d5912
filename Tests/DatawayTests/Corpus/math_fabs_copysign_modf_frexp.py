# fabs, copysign, modf, frexp, ldexp, fmod, remainder.
import math
print(math.fabs(-3), math.fabs(3.5), math.fabs(-0.0), math.fabs(-math.inf), type(math.fabs(-3)))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(0.0, -1), math.copysign(math.inf, -5))
print(math.modf(3.75), math.modf(-3.75), math.modf(2.0), math.modf(0.0), math.modf(math.inf))
print(math.frexp(8), math.frexp(0.5), math.frexp(-3.0), math.frexp(0), math.frexp(1e300))
print(math.ldexp(0.5, 4), math.ldexp(1, -1), math.ldexp(-0.75, 10), math.ldexp(1.0, -1074))
m, e = math.frexp(123.456)
print(m, e, math.ldexp(m, e) == 123.456)
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2), -7 % 3)
print(math.remainder(7, 3), math.remainder(-7, 3), math.remainder(5, 2), math.remainder(7, 2))
print(math.copysign(1, math.nan) in (1.0, -1.0), math.fabs(-2 ** 60))
