# math module errors: domain errors are ValueError, range errors are OverflowError.
import math
tests = [
    ("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)), ("log(-1)", lambda: math.log(-1)),
    ("log10(0)", lambda: math.log10(0)), ("log2(-2)", lambda: math.log2(-2)), ("acos(2)", lambda: math.acos(2)),
    ("exp(1000)", lambda: math.exp(1000)), ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(1.5)", lambda: math.factorial(1.5)), ("pow(0,-1)", lambda: math.pow(0, -1)),
    ("fmod(1,0)", lambda: math.fmod(1, 0)), ("comb(-1,2)", lambda: math.comb(-1, 2)),
    ("ldexp(1,10000)", lambda: math.ldexp(1.0, 10000)), ("floor(inf)", lambda: math.floor(math.inf)),
    ("ceil(nan)", lambda: math.ceil(math.nan)), ("sqrt('x')", lambda: math.sqrt("x")),
    ("gcd(1.5)", lambda: math.gcd(1.5, 2)), ("log(10,1)", lambda: math.log(10, 1)),
    ("isqrt(-1)", lambda: math.isqrt(-1)), ("cosh(1000)", lambda: math.cosh(1000)),
]
for label, fn in tests:
    try:
        print(label, "=", fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, "->", repr(e))
