# Merge user records from two systems, matching case-insensitively on email.
crm = [{"email": "Ann@X.io", "name": "Ann", "phone": None}, {"email": "bob@y.io", "name": "Bob", "phone": "555-1"}]
shop = [{"email": "ann@x.io", "name": "Ann L.", "phone": "555-2", "orders": 3},
        {"email": "cy@z.io", "name": "Cy", "phone": None, "orders": 1}]
merged = {}
for source, recs in (("crm", crm), ("shop", shop)):
    for r in recs:
        key = r["email"].strip().lower()
        cur = merged.setdefault(key, {"email": key, "sources": []})
        cur["sources"].append(source)
        for field in ("name", "phone", "orders"):
            val = r.get(field)
            if val is not None and cur.get(field) is None:
                cur[field] = val
for key in sorted(merged):
    m = merged[key]
    print(m)
print(len(merged), [k for k, m in merged.items() if len(m["sources"]) > 1])
print({k: m.get("orders", 0) for k, m in merged.items()})
