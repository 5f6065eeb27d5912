from decimal import Decimal, getcontext, InvalidOperation
for v in ["2", "4", "16", "0.25", "100", "1E+4", "0", "-0", "0.01", "10", "1.21", "123456789"]:
    print(v, Decimal(v).sqrt())
getcontext().prec = 10
print(Decimal(2).sqrt(), Decimal(3).sqrt())
getcontext().prec = 28
try:
    Decimal(-4).sqrt()
except InvalidOperation as e:
    print(repr(e))
