# int() parsing with explicit bases, prefixes, base 0, whitespace and underscores.
print(int("42"), int("  -42  "), int("+7"), int("\t\n12\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xFF", 0))
print(int("777", 8), int("0o777", 0), int("0o17", 8))
print(int("1010", 2), int("0b1010", 0), int("0B11", 2))
print(int("z", 36), int("Zz", 36), int("10", 36), int("helloworld", 36))
print(int("1_000_000"), int("0x_ff", 16), int("1_0", 2), int("0_0"))
print(int("0"), int("-0"), int("000123"), int("0", 0))
print(int("123456789012345678901234567890"))
print(int("-" + "9" * 40))
print(int("12", base=5), int("12", 3))
print(int("٣"), int("١٢٣"))
for s, base in [("12x", 10), ("", 10), ("1__0", 10), ("_1", 10), ("1_", 10),
                ("0x", 16), ("012", 0), ("9", 8), ("2", 2), ("1.5", 10), (" ", 10),
                ("0b102", 0), ("- 5", 10), ("abc", 37)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
