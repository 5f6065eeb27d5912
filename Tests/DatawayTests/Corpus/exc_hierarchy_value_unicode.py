# UnicodeError is a ValueError; Exception catches everything listed.
try:
    b"\xff".decode()
except ValueError as e:
    print("ValueError handler:", e)
try:
    "é".encode("ascii")
except UnicodeError as e:
    print("UnicodeError handler:", e)
print(isinstance(UnicodeError(), ValueError), isinstance(ValueError(), UnicodeError))
types = [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, AttributeError, NameError,
         AssertionError, RuntimeError, StopIteration, OverflowError, RecursionError,
         NotImplementedError, LookupError, ArithmeticError, UnicodeError]
for t in types:
    e = t("msg")
    print(repr(e), isinstance(e, Exception), isinstance(e, (LookupError, ArithmeticError)),
          isinstance(e, RuntimeError), isinstance(e, ValueError))
