# Iteration follows insertion order; re-assigning keeps position, delete+insert moves to end.
d = {}
for k in ["delta", "alpha", "charlie", "bravo"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 0
print(list(d))
del d["delta"]
d["delta"] = 1
print(list(d))
print(list(d.items()))
print({k: d[k] for k in sorted(d)})
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
print(dict(reversed(list(d.items()))))
nums = {3: "c", 1: "a", 2: "b"}
print(nums, list(nums), min(nums), sorted(nums.items()))
d2 = {}
d2[2.0] = "float"
d2[2] = "int"
print(d2)
print(list({"z": 1, "y": 2}.values()))
