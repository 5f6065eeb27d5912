# Equality ignores order; membership tests keys.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != b, list(a) == list(b))
print({1: "a"} == {1.0: "a"}, {True: 1} == {1: 1}, {} == {}, {"a": [1]} == {"a": [1]})
print({"a": 1} == {"a": 1.0}, {"a": 1} == {"a": "1"}, {"a": 1} == [("a", 1)])
print("x" in a, 1 in a, "z" not in a, ("x", 1) in a.items(), 1 in a.values())
print([1, 2] in [[1, 2]], (1, 2) in {(1, 2): 0})
try:
    print([1] in {"a": 1})
except TypeError as e:
    print("TypeError:", e)
try:
    print(a < b)
except TypeError as e:
    print("TypeError:", e)
nested1 = {"a": {"b": [1, {"c": 2}]}}
nested2 = {"a": {"b": [1, {"c": 2}]}}
print(nested1 == nested2, nested1 is nested2)
nested2["a"]["b"][1]["c"] = 3
print(nested1 == nested2)
