from decimal import Decimal
for v in ["1.20", "0.00", "-0", "120", "1E+3", "3.14159", "-2.5", "Infinity", "NaN"]:
    d = Decimal(v)
    print(v, d.normalize(), d.is_zero(), d.is_signed(), d.is_nan(), d.is_infinite(), d.is_finite(), d.adjusted())
print(Decimal("-1.5").copy_abs(), Decimal("1.5").copy_negate(), Decimal("2.5").to_integral_value(), Decimal("3.5").to_integral(), Decimal("-2.7").to_integral_value())
print(Decimal("1").compare(Decimal("2")), Decimal("2").compare(2), Decimal("3").compare(Decimal("2.99")))
print(Decimal("1.5").max(Decimal("2")), Decimal("1.5").min(Decimal("-2")), Decimal("2").fma(3, 4))
