# Deduplication and membership with sets (order-sensitive output goes through sorted()).
emails = ["A@x.io", "b@y.io", "a@x.io", "c@z.io", "B@Y.IO"]
unique = {e.lower() for e in emails}
print(len(unique), sorted(unique))
seen = set()
ordered = []
for e in emails:
    key = e.lower()
    if key not in seen:
        seen.add(key)
        ordered.append(e)
print(ordered)
allowed = {"read", "write"}
requested = ["read", "delete", "write", "admin"]
print([r for r in requested if r in allowed], sorted(set(requested) - allowed))
domains = {e.split("@")[1].lower() for e in emails}
print(sorted(domains), len(domains))
a = [1, 2, 2, 3, 4, 4, 4]
print(len(a) != len(set(a)), sorted({x for x in a if a.count(x) > 1}))
print(sorted(set("hello") & set("world")), sorted(set("hello") | set("hi")))
