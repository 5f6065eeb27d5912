# Flatten nested JSON-like records into dotted-key rows (for CSV export).
records = [
    {"id": 1, "user": {"name": "ann", "address": {"city": "Oslo", "zip": "0150"}}, "tags": ["a", "b"], "active": True},
    {"id": 2, "user": {"name": "bob", "address": {"city": None}}, "tags": [], "active": False, "score": 9.5},
]

def flatten(obj, prefix=""):
    out = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}{k}."))
    elif isinstance(obj, list):
        if not obj:
            out[prefix[:-1]] = ""
        for i, v in enumerate(obj):
            out.update(flatten(v, f"{prefix}{i}."))
    else:
        out[prefix[:-1]] = obj
    return out

rows = [flatten(r) for r in records]
columns = []
for r in rows:
    for k in r:
        if k not in columns:
            columns.append(k)
print(columns)

def cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)

print(",".join(columns))
for r in rows:
    print(",".join(cell(r.get(c)) for c in columns))
