# int() builtin including base keyword and bool/float inputs.
print(int(), int(5), int(-5.9), int(True), int("  42 "), int("-0x1f", 16), int("0b11", base=0))
print(int("Z", 36), int("1" * 25, 2), int(2.5e10), int(-0.999), int("+0"))
for args in [("1.5",), ("0x10",), ("10", 1), ("10", 37), (None,), ("12", "3")]:
    try:
        print(int(*args))
    except (ValueError, TypeError) as e:
        print(repr(e))
print(int("٤٢"), int("１２"), int(" \u2003 7 \u2003 "))
print(int(10 ** 20 / 3), int(str(10 ** 20)) // 3)
print(isinstance(int("1"), int), int("00000"), int("-00007"))
