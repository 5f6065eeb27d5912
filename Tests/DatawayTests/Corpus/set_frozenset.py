# frozenset: immutable, hashable, usable as keys and set members.
f = frozenset([3, 1, 2])
print(sorted(f), len(f), 1 in f, type(f | {9}), type({9} | f))
print(frozenset() == set(), frozenset([1]) == {1}, hash(frozenset()) == hash(frozenset()))
g = frozenset("ab")
print(sorted(f | g, key=str), sorted(f & {1, 5}), sorted(f - {1}))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
groups = {frozenset({"a", "b"}): "ab", frozenset({"c"}): "c"}
print(groups[frozenset({"b", "a"})], groups.get(frozenset({"c"})))
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested))
print(frozenset({1}), repr(frozenset({"x"})), frozenset())
print(f.union([10]) == {1, 2, 3, 10}, f.issubset({1, 2, 3, 4}), f.copy() == f)
print(sorted(sorted(x) for x in nested))
