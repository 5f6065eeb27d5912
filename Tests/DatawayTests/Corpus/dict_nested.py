# Nested dicts: building, updating and walking.
config = {}
for path, value in [("db.host", "localhost"), ("db.port", 5432), ("app.debug", True),
                    ("app.name", "dw"), ("db.pool.size", 5)]:
    node = config
    parts = path.split(".")
    for p in parts[:-1]:
        node = node.setdefault(p, {})
    node[parts[-1]] = value
print(config)

def walk(d, prefix=""):
    out = []
    for k, v in d.items():
        key = prefix + k
        if isinstance(v, dict):
            out.extend(walk(v, key + "."))
        else:
            out.append((key, v))
    return out

for k, v in walk(config):
    print(k, "=", v)
config["db"]["pool"]["size"] += 5
print(config["db"])

def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out

print(deep_merge(config, {"db": {"port": 6543, "pool": {"timeout": 3}}, "new": 1}))
