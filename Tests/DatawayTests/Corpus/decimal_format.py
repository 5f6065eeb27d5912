from decimal import Decimal
d = Decimal("1234567.8951")
for spec in [".2f", ",.2f", "15.3f", "<15.1f", "^15.0f", "+.2f", "015.2f", ".3e", ".1E", "f", ",", "", ".4", ".2%", " .1f", "10"]:
    print(repr(spec), repr(format(d, spec)))
for v in ["-0.005", "0", "0.5", "1E+3", "123.456", "-1234.5", "Infinity"]:
    print(v, f"{Decimal(v):.2f}", f"{Decimal(v):>10,.1f}", format(Decimal(v), "e"))
