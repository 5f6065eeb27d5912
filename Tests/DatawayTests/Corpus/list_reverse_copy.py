# reverse(), copy(), slicing copies and aliasing.
a = [1, [2, 3], 4]
b = a.copy()
c = a[:]
d = list(a)
e = a
a.reverse()
print(a, b, c, d, e)
b[1].append(99)
print(a, b)
print(a is e, a is b, a[1] is b[1])
nested = [[0] * 2 for _ in range(2)]
shallow = nested.copy()
shallow[0][0] = "changed"
shallow.append("new")
print(nested, shallow)
deep = [row[:] for row in nested]
deep[1][1] = "deep"
print(nested, deep)
r = list(reversed(a))
print(r, a)
a.reverse()
print(a == r[::-1], [].copy(), [1].reverse())
