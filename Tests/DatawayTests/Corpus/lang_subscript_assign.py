# Assignment to subscripts of lists and dicts, including nested.
lst = [0, 0, 0]
lst[0] = 1
lst[-1] = 3
print(lst)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
grid[0][0] = grid[1][2] * 2
print(grid)
bad_grid = [[0] * 2] * 2
bad_grid[0][0] = 1
print(bad_grid)
d = {}
d["a"] = 1
d["b"] = {"c": [1, 2]}
d["b"]["c"][1] = 99
d["b"]["new"] = None
print(d)
d[(1, 2)] = "tuple key"
d[3] = "int key"
d[3.0] = "float key overwrites int key 3"
print(d)
ba = bytearray(b"abc")
ba[0] = 65
print(ba)
keys = ["x", "y"]
target = {}
for i, k in enumerate(keys):
    target[k] = i
print(target)
m = [[1, 2], [3, 4]]
m[0], m[1] = m[1], m[0]
print(m)
try:
    lst[5] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError:", e)
