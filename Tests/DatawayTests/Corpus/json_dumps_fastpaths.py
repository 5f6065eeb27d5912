import json
d = {"a": 1, "b": -25, "c": [1, 2.5, None, True, "x\"y", "é", "\n"], 3: "int key", 2.5: "f", None: 0, False: 1, "z": {"n": -9223372036854775808, "m": 9223372036854775807, "big": 10**30}}
print(json.dumps(d))
print(json.dumps(d, ensure_ascii=False))
print(json.dumps(d, indent=2))
print(json.dumps(d, separators=(",", ":")))
print(json.dumps({"b": 1, "a": [0, 10, 100, -1]}, sort_keys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True), json.dumps([]), json.dumps({}), json.dumps([[]], indent=1))
l = [1]
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
try:
    json.dumps({(1,): 2})
except TypeError as e:
    print(e)
x = [1, 2]
print(json.dumps([x, x, {"k": x}]))
