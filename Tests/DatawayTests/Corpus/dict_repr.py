# repr of dicts with every kind of key and value.
print({"s": "str", 1: 1, 2.5: 2.5, None: None, True: False, (1, 2): [3], "n": {"m": {}}})
print({"quote'": "dq\"", "nl": "a\nb", "é": "日本", "b": b"\x00"})
print({1: set(), 2: frozenset(), 3: (), 4: [], 5: {}})
print(str({"a": 1}), repr({"a": 1}), f"{ {'x': 1} }", "%s" % {"y": 2})
print({-0.0: "negzero", 1e16: "big", 0.1: "tenth"})
print(dict(a=float("inf"), b=float("nan")))
d = {}
d["self"] = d
print(d)
print(len(repr({i: i for i in range(5)})), repr({}))
print({"k": range(3), "s": slice(None)})
print([{}], ({},), {"l": [{"x": ({"y": None},)}]})
print({k: str(k) for k in [10, 2, 33]})
print(dict.fromkeys(("x",)), dict(zip([1], [[]])))
