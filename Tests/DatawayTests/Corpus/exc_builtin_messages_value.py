# Exact CPython ValueError messages from builtins and methods.
tests = [
    lambda: int("x"), lambda: int(""), lambda: int("1.5"), lambda: int("12", 2), lambda: float("x"),
    lambda: float(""), lambda: [1].index(2), lambda: (1,).index(2), lambda: "abc".index("z"),
    lambda: "abc".rindex("z"), lambda: [].remove(1), lambda: "a,b".split(""), lambda: chr(-5),
    lambda: range(1, 2, 0), lambda: max([]), lambda: min(()), lambda: "x".center(-1) + "ok",
    lambda: bytes([300]), lambda: bytes.fromhex("zz"), lambda: "{:d}".format("s"),
    lambda: int("10", 99), lambda: "abc".partition(""), lambda: list(zip([1], [], strict=True)),
    lambda: [1, 2, 3][::0], lambda: b"\xff".decode("utf-8"), lambda: "é".encode("ascii"),
]
for i, fn in enumerate(tests):
    try:
        print(i, fn())
    except ValueError as e:
        print(i, e)
