# dict() with every calling convention.
print(dict(), dict(a=1), dict({"a": 1}, b=2), dict([("a", 1)], a=2))
print(dict(zip(["x", "y"], [1, 2])), dict(enumerate("ab")), dict([(1, 2), [3, 4], "ab"]))
print(dict({1: 1}.items()), dict(**{"k": "v"}), dict({"a": 1}, **{"b": 2}))
print(dict((str(i), i) for i in range(3)))
for bad in [[(1,)], [(1, 2, 3)], 5, ["abc"], [{1, 2, 3}]]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(repr(e))
d = {"a": [1]}
d2 = dict(d)
d2["a"].append(2)
print(d, d2, d is d2)
