# TypeError / ValueError from json.dumps on unsupported values.
import json
tests = [set(), {1, 2}, b"bytes", bytearray(b"x"), {(1, 2): "tuple key"}, {"ok": {3}}, [1, range(2)],
         float("nan"), {"k": float("inf")}, len, Exception("e")]
for v in tests:
    try:
        print(json.dumps(v))
    except (TypeError, ValueError) as e:
        print("error:", repr(e))
for v in [float("nan"), float("inf"), -float("inf")]:
    try:
        print(json.dumps(v, allow_nan=False))
    except ValueError as e:
        print("ValueError:", e)
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
