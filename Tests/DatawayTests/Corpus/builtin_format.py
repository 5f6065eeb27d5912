# format() builtin with various specs.
print(format(3.14159, ".2f"), format(42, "08d"), format(42, "x"), format("txt", ">6"), format(0.5, "%"))
print(format(1234567, ","), format(-1234567.891, ",.2f"), format(255, "#b"), format(True), format(None))
print(repr(format(1.0)), repr(format(1e16)), repr(format("")), repr(format(12, "")), format([1, 2]))
print(format(2 ** 80, "_"), format(-0.0, ".3f"), format(float("nan"), "^7"), format(1e-6, ".2e"))
print(format("abc", "^9"), format("abc", "*<5"), format("abcdef", ".3"), format(7, "+"), format(7.0, "g"))
for spec_val in [("d", "x"), ("q", 1), (".2f", "s"), ("s", 1), (",", "x")]:
    try:
        print(format(spec_val[1], spec_val[0]))
    except ValueError as e:
        print("ValueError:", e)
