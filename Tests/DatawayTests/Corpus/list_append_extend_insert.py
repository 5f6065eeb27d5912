# Growing lists: append, extend, insert (including out-of-range indices).
a = []
a.append(1)
a.append([2, 3])
print(a)
a.extend([4, 5])
a.extend("ab")
a.extend(range(2))
a.extend((9,))
a.extend({"k": 1})
print(a)
b = [1, 2, 3]
b.insert(0, "first")
b.insert(2, "middle")
b.insert(100, "end")
b.insert(-1, "before last")
b.insert(-100, "very first")
print(b)
c = [1]
c.extend(c)
print(c)
c.append(c[:])
print(c)
d = []
for i in range(5):
    d.insert(0, i)
print(d)
print(a.append(0), b.extend([]), c.insert(0, 0))
try:
    a.extend(5)
except TypeError as e:
    print("TypeError:", e)
try:
    a.append()
except TypeError as e:
    print("TypeError:", e)
