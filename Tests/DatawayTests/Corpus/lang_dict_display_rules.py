# Dict displays: duplicate keys, equal keys of different types, unpacking.
d = {"a": 1, "b": 2, "a": 3}
print(d, len(d))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
d = {True: "bool first", 1: "then int"}
print(d)
d = {0: "zero", False: "false", 0.0: "float zero"}
print(d)
base = {"x": 1, "y": 2}
print({**base, "y": 20, "z": 30})
print({"y": 20, **base})
print({**{}, **base, **{"x": None}})
keys = ("k1", "k2")
print({k: i for i, k in enumerate(keys)})
print({(1, 2): "tuple", "s": "str", 3: "int", None: "none", 2.5: "float"})
print({frozenset([1]): "frozen"})
try:
    print({[1]: "list key"})
except TypeError as e:
    print("TypeError:", e)
try:
    print({{}: 1})
except TypeError as e:
    print("TypeError:", e)
