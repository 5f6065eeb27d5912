# Functions defined conditionally or redefined; last definition wins.
MODE = "upper"
if MODE == "upper":
    def transform(s):
        return s.upper()
else:
    def transform(s):
        return s.lower()
print(transform("Hello"))

def transform(s):
    return s[::-1]
print(transform("Hello"))

handlers = {}
for kind in ["double", "negate", "stringify"]:
    if kind == "double":
        def h(v):
            return v * 2
    elif kind == "negate":
        def h(v):
            return -v
    else:
        def h(v):
            return str(v)
    handlers[kind] = h
print([handlers[k](21) for k in handlers])

def factory(flag):
    if flag:
        def impl():
            return "flag on"
    else:
        impl = lambda: "flag off"
    return impl
print(factory(1)(), factory(0)())
