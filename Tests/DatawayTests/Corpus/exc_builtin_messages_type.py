# Exact CPython TypeError messages for bad operand types.
n = 5
s = "s"
nothing = None
tests = [
    lambda: None + 1, lambda: "a" + 1, lambda: 1 + "a", lambda: [1] + (1,), lambda: (1,) + [1],
    lambda: {} + {}, lambda: "a" - "b", lambda: [1] * [2], lambda: "x" * 1.5, lambda: -"x",
    lambda: ~1.5, lambda: 1 < "a", lambda: [] > {}, lambda: None < None, lambda: n(), lambda: s(),
    lambda: nothing[0], lambda: n[0], lambda: len(5), lambda: iter(5), lambda: {}[[]],
    lambda: {[]: 1}, lambda: hash({}), lambda: abs("x"), lambda: sum(["a"]), lambda: 1 in 5,
    lambda: "a" in ["a"] in "x", lambda: b"a" + "b", lambda: 1 & 1.0, lambda: 2 ** "x",
]
for i, fn in enumerate(tests):
    try:
        print(i, fn())
    except TypeError as e:
        print(i, e)
