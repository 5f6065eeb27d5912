from decimal import Decimal, InvalidOperation, DivisionByZero, DecimalException
import decimal
for bad in ["abc", "1.2.3", "", "1e", "--1", "1 2"]:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print(repr(bad), repr(e))
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print(repr(e), isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError), isinstance(e, DecimalException))
try:
    Decimal(0) / 0
except InvalidOperation as e:
    print(repr(e))
try:
    Decimal(5) // 0
except ZeroDivisionError as e:
    print(repr(e))
try:
    Decimal(5) % 0
except InvalidOperation as e:
    print(repr(e))
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print(e)
try:
    2.0 * Decimal("3")
except TypeError as e:
    print(e)
try:
    Decimal([1, 2])
except (TypeError, ValueError) as e:
    print(repr(e))
