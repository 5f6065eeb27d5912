# type() of every value; printed as <class '...'>.
values = [1, 1.5, True, None, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1),
          slice(1), len, lambda: 0, ValueError(), KeyError(), int, type]
for v in values:
    print(type(v))
print(type(1) is int, type(True) is bool, type(True) is int, type(1) == type(2))
print(type(1)(3.7), type("")(5), type([])("ab"), type(3.0)("2.5"), type(())([1]))
print(str(type(1)), repr(type("x")), f"{type(None)}")
def f():
    pass
print(type(f) == type(lambda: 1), type(f) is type(len))
import json
import math
print(type(json.dumps({})), type(math.pi), type(math.floor(1.5)), type(json.loads("1.0")))
