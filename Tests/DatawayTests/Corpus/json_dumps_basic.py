# json.dumps of scalars and containers with default formatting.
import json
for v in [None, True, False, 0, -7, 2 ** 70, 1.5, -0.0, 1e16, 1e-7, 0.1 + 0.2, 3.0, "s", "", [], {}, (),
          [1, "a", None], (1, 2), {"k": "v"}, {"n": [1, {"m": None}]}]:
    print(json.dumps(v))
print(json.dumps("quote\" backslash\\ slash/ newline\n tab\t cr\r bell\x07 nul\x00 del\x7f"))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
print(json.dumps({"b": 1, "a": 2}), json.dumps({1: "int key", "x": {2: 3}}))
print(type(json.dumps({})), json.dumps(123456789012345678901234567890))
print(json.dumps([1.0, 10.0 ** 20, 1.23456789012345e-300, 100.0, 2.5e-5]))
print(json.dumps({"nested": {"list": [[], [[]], {}]}}))
print(json.dumps(True) == "true", json.dumps(None) == "null")
