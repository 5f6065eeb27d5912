from decimal import Decimal, InvalidOperation
inf = Decimal("Infinity")
print(inf + 1, -inf, inf * 2, inf * -1, Decimal(1) / inf, inf > 10**50, Decimal("-inf") < -10**50)
print(Decimal("NaN") + 1, Decimal("nan"), Decimal("-NaN"), Decimal("sNaN").is_snan(), Decimal("NaN").is_qnan())
for f in [lambda: inf - inf, lambda: inf * 0, lambda: inf / inf, lambda: Decimal(0) ** 0]:
    try:
        print(f())
    except InvalidOperation as e:
        print(repr(e))
