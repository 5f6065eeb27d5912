from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, InvalidOperation
cent = Decimal("0.01")
for v in ["1.005", "1.015", "2.675", "-2.675", "0", "123", "0.005", "99.995", "1E+2"]:
    d = Decimal(v)
    print(v, d.quantize(cent), d.quantize(cent, rounding=ROUND_HALF_UP), d.quantize(cent, ROUND_DOWN), d.quantize(Decimal("1"), rounding=ROUND_CEILING), d.quantize(Decimal("1E+1")))
print(Decimal("1.2345").quantize(Decimal("0.001")), Decimal("7").quantize(Decimal("0.00")))
try:
    Decimal("1E+30").quantize(Decimal("0.01"))
except InvalidOperation as e:
    print(repr(e))
