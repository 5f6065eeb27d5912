# Creating dicts, reading, writing, insertion order and len.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), list(d))
print(d["a"], d.get("a"), d.get("z"), d.get("z", 0))
del d["b"]
d["b"] = 200
print(d)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True))
print(dict(zip("abc", range(3))), dict(((1, "one"),)), dict([["p", "q"]]))
print(dict.fromkeys("ab"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []))
e = {}
print(e, bool(e), len(e), "k" in e)
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
