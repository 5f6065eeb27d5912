from decimal import Decimal, getcontext
print(-Decimal("0"), -Decimal("-0"), +Decimal("-0"), abs(Decimal("-0.0")), -Decimal("1.50"), abs(Decimal("-7.25")))
getcontext().prec = 3
print(+Decimal("1.23456"), -Decimal("1.23456"), abs(Decimal("-1.23456")), Decimal("1.23456"))
getcontext().prec = 28
print(bool(Decimal("0")), bool(Decimal("0.00")), bool(Decimal("0.01")), bool(Decimal("NaN")), not Decimal("-0"))
