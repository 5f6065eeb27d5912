# Set methods accept arbitrary iterables; operators require sets.
s = {1, 2, 3}
print(sorted(s.union([4], (5,), range(6, 8))), sorted(s.intersection("123", [2, 3])), sorted(s.difference(range(2))))
print(sorted(s.symmetric_difference([3, 4])), s.issubset(range(10)), s.issuperset((1, 2)), s.isdisjoint("abc"))
t = set()
t.update("ab", [1], {2: "x"}, range(3, 5))
print(sorted(t, key=str))
u = {1, 2, 3, 4, 5, 6}
u.difference_update([1], (2,), range(3, 4))
print(sorted(u))
u.intersection_update([4, 5, 99], range(5, 100))
print(u)
w = {1, 2}
w.symmetric_difference_update([2, 3])
print(sorted(w))
for op in [lambda: s | [1], lambda: s & "a", lambda: s - (1,), lambda: s ^ range(2), lambda: s <= [1]]:
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(frozenset("abc").union("d")), type(frozenset().union([1])))
