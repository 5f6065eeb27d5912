# **kwargs collects extra keyword arguments into an insertion-ordered dict.
def show(**kw):
    print(type(kw), kw)
    for k, v in kw.items():
        print(" ", k, "=", v)

show()
show(a=1)
show(z=26, a=1, m=13)

def tagged(tag, *args, **kwargs):
    return f"{tag}: args={args} kwargs={kwargs}"

print(tagged("t"))
print(tagged("t", 1, 2))
print(tagged("t", 1, x=2))
print(tagged(tag="only"))

opts = {"color": "red", "size": 3}
print(tagged("o", **opts))
print(tagged("o", **opts, extra=True))
print(tagged(*["p", 1], **{"q": 2}))

def merge(**kw):
    kw["added"] = len(kw)
    return kw

d = {"a": 1}
r = merge(**d)
print(r, d)
print(merge(**{"x": 1}, **{"y": 2}))
