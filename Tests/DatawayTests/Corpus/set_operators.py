# Set algebra with operators and methods.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})))
print(sorted(a.symmetric_difference(b)), sorted(a.union()), sorted(a.union("ab"), key=str))
print(a <= a, a < a, {1, 2} < a, {1, 2} <= a, a > {1}, a >= b, {9} > set())
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
print(a == {4, 3, 2, 1}, a != b, set() == frozenset())
c = a.copy()
c |= {10}
c &= {1, 10, 11}
c -= {1}
c ^= {20}
print(sorted(c), sorted(a))
try:
    print(a | [1])
except TypeError as e:
    print("TypeError:", e)
try:
    print(a + b)
except TypeError as e:
    print("TypeError:", e)
print(sorted(a - b - {1}), sorted((a | b) - (a & b)) == sorted(a ^ b))
