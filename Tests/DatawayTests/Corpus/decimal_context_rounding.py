from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP
getcontext().prec = 3
for mode in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING, ROUND_05UP]:
    getcontext().rounding = mode
    print(mode, [str(+Decimal(v)) for v in ["1.235", "1.245", "-1.235", "1.2351", "9.995", "1.201", "1.251"]])
getcontext().rounding = ROUND_HALF_EVEN
getcontext().prec = 28
try:
    getcontext().rounding = "bogus"
except TypeError as e:
    print("TypeError")
