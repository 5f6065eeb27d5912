# fromkeys shares one value object; copy is shallow; clear empties in place.
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)
separate = {k: [] for k in ["a", "b"]}
separate["a"].append(1)
print(separate)
print(dict.fromkeys("hello"), dict.fromkeys((1, 2, 1), "v"), dict.fromkeys([]))
orig = {"x": [1, 2], "y": 3}
cp = orig.copy()
cp["y"] = 30
cp["x"].append(99)
print(orig, cp)
alias = orig
orig.clear()
print(orig, alias, cp)
d2 = dict(cp)
d2["new"] = 1
print(cp, d2, d2 == cp)
