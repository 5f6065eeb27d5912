# Exact CPython messages for arithmetic errors.
tests = [
    ("1/0", lambda: 1 / 0),
    ("1//0", lambda: 1 // 0),
    ("1%0", lambda: 1 % 0),
    ("1.0/0", lambda: 1.0 / 0),
    ("1.0//0", lambda: 1.0 // 0),
    ("1.0%0", lambda: 1.0 % 0),
    ("divmod(1,0)", lambda: divmod(1, 0)),
    ("divmod(1.0,0)", lambda: divmod(1.0, 0)),
    ("0**-1", lambda: 0 ** -1),
    ("0.0**-1", lambda: 0.0 ** -1),
    ("2.0**10000", lambda: 2.0 ** 10000),
    ("float(10**400)", lambda: float(10 ** 400)),
    ("int(inf)", lambda: int(float("inf"))),
    ("int(nan)", lambda: int(float("nan"))),
    ("1<<-1", lambda: 1 << -1),
    ("(10**400)/3", lambda: (10 ** 400) / 3),
]
for label, fn in tests:
    try:
        print(label, "=", fn())
    except (ArithmeticError, ValueError) as e:
        print(label, "->", repr(e))
