# Removing ranges of elements with del and slice assignment.
a = list(range(20))
del a[::5]
print(a)
del a[-3:]
print(a)
del a[:2], a[0]
print(a)
a[2:6] = []
print(a)
b = list("abcdefgh")
del b[1:7:2]
print(b)
b[::2] = b[::2][::-1]
print(b)
c = [1, 2, 3, 4, 5]
c[1:4] = c[1:4][::-1]
print(c)
keep = [x for x in range(12) if x % 3]
print(keep)
d = list(range(10))
d[:] = [x * x for x in d if x % 2 == 0]
print(d)
