# round() with and without ndigits on ints and floats.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.25, 1), round(1.35, 1), round(12345.678, -2), round(-12345.678, -1))
print(round(7, -1), round(15, -1), round(25, -1), round(-15, -1), round(123, 5), round(2 ** 70, -10))
print(type(round(2.5)), type(round(2.5, 0)), type(round(5, 2)), round(5.0, None), type(round(5.0, None)))
print(round(1e15 + 0.5), round(0.1 + 0.2, 15), round(1 / 3, 5), round(2 / 3, 20))
for bad in [("1.5",), (1.5, 1.5), (1.5, "1")]:
    try:
        print(round(*bad))
    except TypeError as e:
        print("TypeError:", e)
for bad in [float("inf"), float("nan")]:
    try:
        print(round(bad))
    except (OverflowError, ValueError) as e:
        print(repr(e))
print(round(float("inf"), 1), round(0.0), round(-0.0, 2), round(-0.4))
