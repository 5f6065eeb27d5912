# float() parsing of strings, including underscores and whitespace.
for s in ["1.5", "  -2.25  ", "+3", "1e3", "1E-3", "1_000.5", "1_0e1_0", ".5", "5.", "10",
          "inf", "-Infinity", "nan", "1e500", "-1e500", "1e-500", "00012.50", "\t7\n", "٣.٥"]:
    print(repr(s), float(s))
for s in ["", "abc", "1.2.3", "1_", "_1", "1__0", "1e", "e5", "0x10", "1,5", "in f", "- 1", "nan1"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
print(float(b"2.5"), float(True), float(7), float(-0), float(2 ** 100))
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1.0])
except TypeError as e:
    print("TypeError:", e)
