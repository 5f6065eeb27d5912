# int() on text: the byte-level fast parser and the general one must agree with CPython,
# including the exact "invalid literal" messages.
cases = [
    "0", "-0", "+0", "7", "-7", "+7", " 42 ", "\t42\n", "\x0b\x0c42\r", "\x1c42\x1f", "4_2", "1_000_000",
    "_1", "1_", "1__0", "", " ", "+", "-", "+-1", "1 2", "1.0", "1e3", "abc", "12a", "0x10", "ten",
    "9223372036854775807", "-9223372036854775807", "-9223372036854775808", "9223372036854775808",
    "99999999999999999999999", "-99999999999999999999999", "00", "007", "0_0", "0_7",
    "\u0663\u0664", "\x1c12\u3000", "\u300012\x1c", "\x8512\x85", "\xa012", "\uff11\uff12", " \u3000 12\u3000", "\x8512\xa0", "1\u0301", "١_٢",
]
for s in cases:
    try:
        print(repr(s), "->", repr(int(s)))
    except ValueError as e:
        print(repr(s), "!!", str(e), e.args, repr(e))

based = [
    ("ff", 16), ("FF", 16), ("0xff", 16), ("0XfF", 16), ("0x_ff", 16), ("0x__ff", 16), ("0x", 16), ("0x_", 16),
    ("0b101", 2), ("0B1_0", 2), ("102", 2), ("0o17", 8), ("0O7_7", 8), ("18", 8), ("z", 36), ("Zz", 36),
    ("0b1", 16), ("0o7", 16), ("12", 3), ("-0x1f", 16), (" +0b11 ", 2), ("10", 0), ("0x1f", 0), ("0o17", 0),
    ("0b11", 0), ("010", 0), ("000", 0), ("0_0", 0), ("0_1", 0), ("-010", 0), ("0x", 0), ("1_0", 0), ("09", 0),
    ("g", 16), ("7fffffffffffffff", 16), ("8000000000000000", 16), ("-8000000000000000", 16),
    ("1" * 70, 2), ("z" * 20, 36), ("", 16), ("_", 2), ("0b", 2), ("0b_", 2), ("0b_1", 2), ("0b1_", 2),
]
for s, b in based:
    try:
        print(repr(s), b, "->", int(s, b))
    except ValueError as e:
        print(repr(s), b, "!!", e)

for s in ["1" * 4300, "0" * 4301, "0" * 4300, " " + "1" * 4300 + " "]:
    try:
        v = int(s)
        print(len(s), "ok", v % 1000)
    except ValueError as e:
        print(len(s), "!!", str(e)[:60])

for v in [b"12", bytearray(b" -3 "), b"x1"]:
    try:
        print(repr(v), int(v))
    except ValueError as e:
        print(repr(v), "!!", e)

total = 0
for i in range(300):
    s = str(i * 7919 - 1000)
    total += int(s) + int(" " + s + " ") - int(s.replace("-", "-0") if s.startswith("-") else "0" + s)
print(total)

for s in ["\x1c1", "1\x1f", "\x1c1\u3000", "\x851", "1\xa0", " 1.5 ", "abc", "1e5", "inf", "-nan", "1_0.5", "", "\u3000",
          "n/a", "   ", "\t", "1/2", "0x10", "1p3", "iNfInItY", "-Infinity", "+nan", "1e", "e1", ".5", "5.", ".", "in",
          "\u0661.5", "n/a\u0661", "tiny", "fate", "1_000.5", "1__0.5", " -1.5e-3 ", "1,5", "$1"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "!!", e, e.args)
