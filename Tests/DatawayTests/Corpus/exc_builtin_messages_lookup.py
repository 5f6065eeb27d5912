# Exact CPython messages for index and key errors.
tests = [
    lambda: [][0], lambda: [1, 2][2], lambda: [1][-2], lambda: ()[0], lambda: (1,)[5], lambda: ""[0],
    lambda: "abc"[3], lambda: b""[0], lambda: bytearray()[0], lambda: range(3)[3], lambda: range(0)[0],
    lambda: {}["k"], lambda: {"a": 1}["b"], lambda: {}[1], lambda: {}[(1, "x")], lambda: [].pop(),
    lambda: [1].pop(3), lambda: {}.pop("p"), lambda: {}.popitem(), lambda: set().pop(),
    lambda: set().remove(0), lambda: [0][1:][0],
]
for i, fn in enumerate(tests):
    try:
        print(i, fn())
    except LookupError as e:
        print(i, repr(e))
def set_item(container, index, value):
    container[index] = value
for c, k in [([], 0), ([1], -2), (bytearray(b"a"), 1)]:
    try:
        set_item(c, k, 0)
    except IndexError as e:
        print(repr(e))
