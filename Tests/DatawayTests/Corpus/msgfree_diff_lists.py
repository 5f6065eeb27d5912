# Compute insert/update/delete operations to sync a target list to a source list by key.
source = [{"id": 1, "name": "Ann", "v": 2}, {"id": 2, "name": "Bob", "v": 1},
          {"id": 4, "name": "Di", "v": 1}, {"id": 5, "name": "Ed", "v": 1}]
target = [{"id": 1, "name": "Ann", "v": 1}, {"id": 2, "name": "Bob", "v": 1},
          {"id": 3, "name": "Cy", "v": 4}, {"id": 5, "name": "Eddie", "v": 1}]
src = {r["id"]: r for r in source}
tgt = {r["id"]: r for r in target}
ops = []
for key in sorted(src.keys() | tgt.keys()):
    a, b = src.get(key), tgt.get(key)
    if b is None:
        ops.append(("insert", key, a))
    elif a is None:
        ops.append(("delete", key, None))
    elif a != b:
        changes = {f: (b.get(f), a.get(f)) for f in a if a.get(f) != b.get(f)}
        ops.append(("update", key, changes))
for op in ops:
    print(op)
summary = {}
for kind, _, _ in ops:
    summary[kind] = summary.get(kind, 0) + 1
print(summary, "unchanged:", len(src.keys() & tgt.keys()) - summary.get("update", 0))
applied = dict(tgt)
for kind, key, data in ops:
    if kind == "insert":
        applied[key] = data
    elif kind == "delete":
        del applied[key]
    else:
        applied[key] = {**applied[key], **{f: new for f, (old, new) in data.items()}}
print(sorted(applied.values(), key=lambda r: r["id"]) == sorted(source, key=lambda r: r["id"]))
