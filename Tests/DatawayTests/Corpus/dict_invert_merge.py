# Inverting dicts (with collisions) and merging several dicts.
colors = {"apple": "red", "banana": "yellow", "cherry": "red", "lime": "green"}
inverted = {}
for fruit, color in colors.items():
    inverted.setdefault(color, []).append(fruit)
print(inverted)
print({v: k for k, v in colors.items()})
defaults = {"timeout": 30, "retries": 3, "verbose": False}
env = {"timeout": 60}
cli = {"verbose": True, "extra": None}
merged = {**defaults, **env, **cli}
print(merged)
merged2 = dict(defaults)
for layer in (env, cli):
    merged2.update(layer)
print(merged2 == merged, defaults | env | cli == merged)
clean = {k: v for k, v in merged.items() if v is not None}
print(clean)
print(sorted(colors, key=colors.get), sorted(colors.items(), key=lambda kv: (kv[1], kv[0])))
