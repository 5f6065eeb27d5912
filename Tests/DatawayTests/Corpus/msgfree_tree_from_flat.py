# Build a category tree from a flat parent-pointer list and render it.
rows = [
    {"id": 1, "parent": None, "name": "Root"},
    {"id": 2, "parent": 1, "name": "Electronics"},
    {"id": 3, "parent": 1, "name": "Books"},
    {"id": 4, "parent": 2, "name": "Phones"},
    {"id": 5, "parent": 2, "name": "Laptops"},
    {"id": 6, "parent": 4, "name": "Android"},
    {"id": 7, "parent": 3, "name": "Fiction"},
]
children = {}
for r in rows:
    children.setdefault(r["parent"], []).append(r)

def render(parent_id, depth=0):
    out = []
    for node in sorted(children.get(parent_id, []), key=lambda n: n["name"]):
        out.append("  " * depth + "- " + node["name"])
        out.extend(render(node["id"], depth + 1))
    return out

print("\n".join(render(None)))

def path_to(node_id):
    by_id = {r["id"]: r for r in rows}
    parts = []
    while node_id is not None:
        parts.append(by_id[node_id]["name"])
        node_id = by_id[node_id]["parent"]
    return " > ".join(reversed(parts))

print(path_to(6), "|", path_to(7))
print({r["name"]: len(children.get(r["id"], [])) for r in rows})
