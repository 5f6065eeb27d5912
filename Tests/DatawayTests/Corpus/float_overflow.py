# Float overflow raises OverflowError in some operations and gives inf in others.
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", repr(e))
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e.args)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(round(1e308, -400))
except OverflowError as e:
    print("OverflowError:", e)
print(2.0 ** -10000, 10.0 ** -400, (-2.0) ** 1023)
print(isinstance(OverflowError(), ArithmeticError))
print(1.7976931348623157e308 + 1e292, 1.7976931348623157e308 + 1e291)
