# Tuple immutability and what may be inside.
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
c = (1, 2) * 2
print(c, c.count(1), c[::2])
inner = [0]
t = (inner, inner)
inner.append(1)
print(t, t[0] is t[1])
print(len((1, (2, 3), [4, 5, 6])))
try:
    t[1] = []
except TypeError as e:
    print("TypeError:", e)
s = tuple(range(5))
print(s[1:4], s[-2:], s[::-2], type(s[1:2]))
keys = {(1, 2): "a", (1, 2, 3): "b"}
print(keys[(1, 2)], keys.get((1, 2, 3)), keys.get((3,), "none"))
