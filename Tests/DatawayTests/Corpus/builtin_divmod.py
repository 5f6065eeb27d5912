# divmod for ints and floats of every sign.
for a in [7, -7, 7.5, -7.5]:
    for b in [2, -2, 0.5]:
        print(a, b, divmod(a, b))
print(divmod(2 ** 100, 3 ** 20), divmod(-(2 ** 100), 3 ** 20))
print(divmod(0, 5), divmod(True, True), divmod(1e10, 7))
for b in [0, 0.0]:
    try:
        divmod(1, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
