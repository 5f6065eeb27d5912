# abs() on ints, floats, bools and big numbers; error for strings.
for v in [0, 5, -5, 2 ** 100, -(2 ** 100), 3.5, -3.5, -0.0, float("-inf"), True, False]:
    print(repr(v), abs(v), type(abs(v)))
print(abs(float("nan")), abs(-1e-320), abs(-9223372036854775808))
print(sorted([-3, 2, -1], key=abs), max([-7, 5], key=abs))
for bad in ["-1", None, [1]]:
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError:", e)
print(abs(-7) == 7 == abs(7), abs(-2.5) * 2)
