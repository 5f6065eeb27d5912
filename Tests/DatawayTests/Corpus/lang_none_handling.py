# None as a sentinel, default, and in comparisons/containers.
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u
    return None

users = [{"name": "ann", "email": None}, {"name": "bob", "email": "b@x.io"}]
for name in ["ann", "bob", "cy"]:
    u = find_user(users, name)
    if u is None:
        print(name, "not found")
    elif u["email"] is None:
        print(name, "has no email")
    else:
        print(name, u["email"])
print(None is None, None == None, None != False, not None)
print([None] * 3, (None,), {None: None})
print(str(None), repr(None), bool(None))
values = [3, None, 1, None, 2]
print([v for v in values if v is not None])
print(sorted(values, key=lambda v: (v is None, v or 0)))
print(values.count(None), values.index(None))
d = {"a": None}
print(d.get("a"), d.get("b"), "a" in d, d.get("a", "default"), d.get("b", "default"))
x = None
x = x or []
x.append(1)
print(x)
try:
    None.upper()
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
