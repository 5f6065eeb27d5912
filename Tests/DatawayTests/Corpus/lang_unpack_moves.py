# Unpacking a temporary tuple moves its items; a tuple someone else holds stays whole.


def pair(x):
    return x, x * 2


def triple(s):
    return s.partition("=")


# A returned tuple, unpacked into locals (the temporary is taken apart).
a, b = pair(3)
print(a, b)

# The same tuple held by a name first: unpacking must leave it intact.
t = pair(5)
c, d = t
print(t, c, d)

# Chained assignment: the first target keeps the tuple, the last unpacks it.
whole = (e, f) = pair(7)
print(whole, e, f)
(g, h) = whole2 = pair(8)
print(whole2, g, h)

# A tuple held in a list and unpacked from a subscript.
held = [pair(9)]
i, j = held[0]
print(held, i, j)

# Old values of the targets are replaced (and dropped) correctly, many times over.
key, sep, value = "", "", ""
for word in ["a=1", "b", "c=3=4", "=x", ""]:
    key, sep, value = triple(word)
    print(repr(key), repr(sep), repr(value))

# for-loops over dict items and enumerate: fresh tuples each step.
d2 = {"x": [1], "y": [2, 3]}
for k, v in d2.items():
    v.append(k)
print(d2)
for n, (k, v) in enumerate(sorted(d2.items())):
    print(n, k, v)

# A loop over tuples that are kept: each stays intact after being unpacked.
kept = [pair(1), pair(2)]
for p, q in kept:
    p += 100
print(kept)

# Comprehensions unpack too, over kept and fresh tuples.
print([x + y for x, y in kept])
print({k: len(v) for k, v in d2.items()})
print(sorted(s for s, _ in (pair(z) for z in range(4))))

# The same tuple unpacked twice in a row.
u = pair(4)
m1, m2 = u
m3, m4 = u
print(u, m1, m2, m3, m4)

# Wrong sizes still raise, and the names keep their old values.
w1, w2 = 0, 0
try:
    w1, w2 = (1, 2, 3)
except ValueError as exc:
    print("ValueError:", exc)
try:
    w1, w2 = triple("k=v")
except ValueError as exc:
    print("ValueError:", exc)
print(w1, w2)

# Swapping through a temporary tuple.
s1, s2 = "left", "right"
s1, s2 = s2, s1
print(s1, s2)
tmp = (s1, s2)
s1, s2 = tmp[1], tmp[0]
print(s1, s2, tmp)

# Self-referencing unpack: the source names are among the targets.
r = (10, 20)
r, r2 = r
print(r, r2)
