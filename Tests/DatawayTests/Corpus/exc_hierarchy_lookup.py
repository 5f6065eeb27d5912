# LookupError catches both KeyError and IndexError.
def fetch(container, key):
    try:
        return container[key]
    except LookupError as e:
        kind = "KeyError" if isinstance(e, KeyError) else "IndexError" if isinstance(e, IndexError) else "?"
        return f"{kind}: {e!r}"

print(fetch({"a": 1}, "a"), fetch({"a": 1}, "b"), fetch([1], 0), fetch([1], 3), fetch("s", 9), fetch((), 0))
print(fetch(range(3), 5), fetch(b"x", 2), fetch({"": 0}, None))
print(isinstance(KeyError(), LookupError), isinstance(IndexError(), LookupError), isinstance(LookupError(), KeyError))
try:
    raise LookupError("generic lookup")
except KeyError:
    print("not here")
except LookupError as e:
    print("caught", repr(e))
try:
    raise KeyError("specific")
except IndexError:
    print("not here")
except LookupError as e:
    print("caught", repr(e))
