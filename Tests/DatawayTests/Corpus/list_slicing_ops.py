# Reading slices, slice objects and extended slices from lists.
a = list(range(12))
print(a[2:9:3], a[::-4], a[-3::-3], a[100::-1][:3], a[:100], a[5:5])
s = slice(1, 10, 2)
print(a[s], s.start, s.stop, s.step, s.indices(5), slice(None).indices(3))
print(a[slice(-3, None)], a[slice(None, None, -5)])
print(a[1:-1][1:-1][1:-1])
chunks = [a[i:i + 5] for i in range(0, len(a), 5)]
print(chunks)
print(list(zip(a[::2], a[1::2])))
b = a[:]
b[::3] = ["x"] * 4
print(b)
del b[1::2]
print(b)
print(a[-1:-13:-1] == a[::-1], a[len(a):], a[-len(a)])
try:
    a[1:5:0]
except ValueError as e:
    print("ValueError:", e)
try:
    a["1":]
except TypeError as e:
    print("TypeError:", e)
