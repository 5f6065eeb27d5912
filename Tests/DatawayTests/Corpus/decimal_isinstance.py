import decimal
from decimal import Decimal
d = decimal.Decimal("1.5")
print(isinstance(d, Decimal), isinstance(d, decimal.Decimal), isinstance(1, Decimal), type(d) == Decimal)
print(decimal.ROUND_HALF_UP, decimal.ROUND_HALF_EVEN, decimal.getcontext().prec)
print(isinstance(decimal.InvalidOperation(), ArithmeticError), isinstance(decimal.DivisionByZero(), ZeroDivisionError))
print([Decimal(x) for x in ("1", "2.5")], tuple(Decimal("3.0").as_tuple()), Decimal("3.0").as_tuple().exponent)
