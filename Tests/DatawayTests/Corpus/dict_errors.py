# KeyError messages and other dict errors.
d = {"a": 1}
for key in ["b", 1, None, (1, 2), "", "it's"]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), "|", str(e), "|", e.args)
try:
    del d["zz"]
except KeyError as e:
    print("del:", repr(e))
try:
    for k in d:
        d[k + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
try:
    {}.pop("k")
except LookupError as e:
    print("LookupError caught KeyError:", repr(e), isinstance(e, KeyError))
try:
    d.setdefault()
except TypeError as e:
    print("TypeError:", e)
try:
    dict(1)
except TypeError as e:
    print("TypeError:", e)
