# Validate payloads against a tiny schema and collect readable errors.
schema = {
    "id": {"type": int, "required": True, "min": 1},
    "email": {"type": str, "required": True, "contains": "@"},
    "age": {"type": int, "required": False, "min": 0, "max": 150},
    "tags": {"type": list, "required": False},
    "score": {"type": (int, float), "required": False, "min": 0.0},
}
def type_name(t):
    names = {int: "int", str: "str", list: "list", float: "float"}
    return " or ".join(names[x] for x in t) if isinstance(t, tuple) else names[t]
def validate(doc):
    errors = []
    for field, rule in schema.items():
        if field not in doc:
            if rule["required"]:
                errors.append(f"{field}: required")
            continue
        v = doc[field]
        if isinstance(v, bool) or not isinstance(v, rule["type"]):
            errors.append(f"{field}: expected {type_name(rule['type'])}, got {v!r}")
            continue
        if "min" in rule and v < rule["min"]:
            errors.append(f"{field}: {v} < {rule['min']}")
        if "max" in rule and v > rule["max"]:
            errors.append(f"{field}: {v} > {rule['max']}")
        if "contains" in rule and rule["contains"] not in v:
            errors.append(f"{field}: must contain {rule['contains']!r}")
    extra = sorted(set(doc) - set(schema))
    if extra:
        errors.append("unknown fields: " + ", ".join(extra))
    return errors
docs = [
    {"id": 1, "email": "a@b.c"},
    {"id": 0, "email": "nope", "age": 200},
    {"email": "x@y.z", "age": True, "tags": "a,b", "extra": 1, "another": 2},
    {"id": 5, "email": "q@w.e", "score": -0.5, "tags": []},
    {"id": "7", "email": None, "score": 9.75},
]
for d in docs:
    errs = validate(d)
    print("OK" if not errs else "INVALID", d)
    for e in errs:
        print("   -", e)
