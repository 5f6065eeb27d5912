# sort_keys and separators, alone and combined with indent.
import json
data = {"zeta": 1, "alpha": {"delta": 2, "beta": [3, {"y": 0, "x": 9}]}, "Mid": None, "10": "ten", "9": "nine"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps(data, separators=(" , ", " : ")))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent=1, separators=(",", ": ")))
print(json.dumps([1, 2, {"a": 3}], indent=2, separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, indent=2, separators=(", ", ": ")))
try:
    json.dumps({"a": 1, 2: "b"}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
