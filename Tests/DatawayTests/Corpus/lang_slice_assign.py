# Slice assignment: replace, grow, shrink, insert, extended slices.
a = list(range(10))
a[2:5] = ["x", "y", "z"]
print(a)
a[2:5] = []
print(a)
a[1:1] = [100, 200]
print(a)
a[:] = [1, 2, 3]
print(a)
a[len(a):] = [4, 5]
print(a)
a[:0] = [0]
print(a)
b = list(range(10))
b[::2] = "abcde"
print(b)
b[1::2] = [None] * 5
print(b)
c = list(range(6))
c[::-2] = [10, 20, 30]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = [1, 2, 3]
d[0:2] = "hello"
print(d)
d[-2:] = (7,)
print(d)
e = [1, 2, 3, 4]
e[3:1] = ["ins"]
print(e)
e[10:20] = ["far"]
print(e)
f = bytearray(b"hello")
f[1:4] = b"EYYY"
print(f)
