# Indexing and slicing ranges returns ints and ranges.
r = range(10, 50, 5)
print(r[0], r[-1], r[3], r[len(r) - 1], len(r))
print(r[1:4], r[::-1], r[::2], r[-2:], r[100:], r[2:6:2])
print(list(r[::-1]), list(r[1::3]), range(10)[::-1][0])
try:
    r[8]
except IndexError as e:
    print("IndexError:", e)
try:
    r[-9]
except IndexError as e:
    print("IndexError:", e)
print(range(0, 100, 7)[5:8], list(range(0, 100, 7)[5:8]))
print(range(5)[slice(1, None, 2)], range(3, -3, -1)[1:4])
