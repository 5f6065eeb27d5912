# tuple.count and tuple.index.
t = (1, "a", 2, "a", 3, 1.0, True)
print(t.count("a"), t.count(1), t.count(2), t.count("zz"))
print(t.index("a"), t.index("a", 2), t.index(3), t.index(1), t.index(True))
for args in [("zz",), ("a", 4), (3, 0, 3)]:
    try:
        print(t.index(*args))
    except ValueError as e:
        print("ValueError:", e)
print(t.index(2, -6), t.index("a", -4, -2))
print((1, 2) + (3,), (0,) * 3, 2 * ("x", "y"), () * 10)
print(len(t), min((3, 1, 2)), max(("b", "a")), sum((1, 2, 3)), sorted((3, 1, 2)))
print(tuple(sorted(t[:5:2])), tuple(reversed(t[:3])))
