# raise ... from ...: exception chaining.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad config value " + repr(s)) from e

try:
    parse("12x")
except RuntimeError as e:
    print(repr(e))
    print("message:", str(e))
    print(isinstance(e, Exception))

try:
    try:
        raise KeyError("k")
    except KeyError as inner:
        raise ValueError("outer") from None
except ValueError as e:
    print(repr(e), str(e))

def lookup(d, k):
    try:
        return d[k]
    except KeyError as exc:
        raise LookupError(f"no key {k}") from exc

try:
    lookup({"a": 1}, "b")
except LookupError as e:
    print(str(e))
print(lookup({"a": 1}, "a"))
try:
    raise IndexError("x") from ValueError("y")
except IndexError as e:
    print(e.args)
