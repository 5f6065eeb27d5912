from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING, ROUND_05UP
vals = ["2.5", "3.5", "-2.5", "2.51", "-2.49", "0.5", "-0.5", "1.0", "10.5", "15.5", "20.1", "-20.1"]
for mode in [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING, ROUND_05UP]:
    print(mode, " ".join(str(Decimal(v).quantize(Decimal("1"), rounding=mode)) for v in vals))
