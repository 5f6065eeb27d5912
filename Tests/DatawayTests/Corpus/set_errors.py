# Exceptions from set operations.
s = {1, 2}
cases = [
    lambda: s.remove(3),
    lambda: set().pop(),
    lambda: s.add([1]),
    lambda: s[0],
    lambda: {[]},
    lambda: s < [1],
    lambda: s.update(5),
    lambda: frozenset().pop(),
    lambda: s - "ab",
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except (KeyError, TypeError, AttributeError) as e:
        print(i, repr(e))
print(sorted(s))
