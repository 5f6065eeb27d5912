from decimal import Decimal, getcontext
ctx = getcontext()
print(ctx.prec, ctx.rounding)
print(Decimal(1) / Decimal(7))
ctx.prec = 5
print(Decimal(1) / Decimal(7), Decimal("123456.789") + 0, Decimal("1.23456789") * 1, +Decimal("9.99999"))
getcontext().prec = 50
print(Decimal(2).sqrt(), Decimal(1) / 3)
getcontext().prec = 28
print(Decimal(2) ** 0.5 if False else Decimal(2).sqrt())
try:
    getcontext().prec = 0
except ValueError as e:
    print(e)
