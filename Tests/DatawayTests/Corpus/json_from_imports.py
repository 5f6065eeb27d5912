# from-imports of json functions, and json.dumps default behaviour on tuples.
from json import dumps, loads, JSONDecodeError
print(dumps((1, (2, 3))), dumps({"t": ()}), loads(dumps((1,))))
print(dumps("x") == '"x"', loads('"x"') == "x")
try:
    loads("{")
except JSONDecodeError as e:
    print("caught:", e)
print(dumps([{"a": 1}, {"b": [None, True]}], indent=1))
print(dumps({"a": 1, "b": 2}, sort_keys=True, indent=None, separators=(",", "=")))
print(loads("[1, 2, 3]")[1:], loads('{"k": [4, 5]}')["k"][-1])
print(dumps(list(range(5))), dumps(dict.fromkeys("ab", 0)))
print(dumps({"nested": loads('{"inner": [1.5, "two"]}')}))
