# json.dumps with indent as int, string, zero and None.
import json
data = {"name": "Ann", "tags": ["a", "b"], "empty_list": [], "empty_obj": {}, "nested": {"x": 1, "y": [1, {"z": None}]}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, 3]], indent="\t"))
print(json.dumps([1, 2], indent=None))
print(json.dumps({"a": 1}, indent=4))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps("s", indent=2))
print(json.dumps([{"a": []}], indent="--"))
