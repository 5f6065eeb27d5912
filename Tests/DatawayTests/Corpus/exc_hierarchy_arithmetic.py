# ArithmeticError catches ZeroDivisionError and OverflowError.
import math
ops = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0.0,
       lambda: 2.0 ** 5000, lambda: math.exp(1000), lambda: float(10 ** 400), lambda: int(float("inf")),
       lambda: 10 ** 400 / 1]
for i, op in enumerate(ops):
    try:
        print(i, op())
    except ArithmeticError as e:
        print(i, "ZeroDivisionError" if isinstance(e, ZeroDivisionError) else "OverflowError"
              if isinstance(e, OverflowError) else "other", "|", e)
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(OverflowError(), ArithmeticError))
print(isinstance(ArithmeticError(), Exception), isinstance(ValueError(), ArithmeticError))
try:
    raise ArithmeticError("plain arithmetic")
except ZeroDivisionError:
    print("not here")
except ArithmeticError as e:
    print(repr(e))
