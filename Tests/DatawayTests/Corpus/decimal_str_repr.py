from decimal import Decimal
for v in ["1E+2", "1E+1", "100", "0.000001", "0.0000001", "1.23E-7", "-1.23E+5", "0E-10", "0E+3", "123.456E+10", "1234567E-3", "0.1E-6", "5E-6", "-0E-2"]:
    d = Decimal(v)
    print(v, str(d), repr(d), d.as_tuple())
