# set()/frozenset() constructors (printed via sorted/len only when size > 1).
s = set([3, 1, 3])
f = frozenset("abca")
print(sorted(s), len(s), sorted(f), len(f), type(s), type(f))
print(set(), frozenset(), set([1]), frozenset([2]), set(""), set({}))
print(sorted(set({"x": 1, "y": 2})), sorted(set(range(4))), len(set(b"aab")))
print(set(f) == f, frozenset(s) == s, frozenset(f) is not None)
g = set(s)
g.add(99)
print(sorted(s), sorted(g))
try:
    set(1)
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset([[1]])
except TypeError as e:
    print("TypeError:", e)
print(sorted(set(map(lambda x: x % 3, range(10)))))
