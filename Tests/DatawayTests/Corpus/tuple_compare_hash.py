# Lexicographic tuple comparison, tuples as dict keys, and hashing.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,), (1, "a") < (1, "b"))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1, 2.0) == (1, 2), (0, -0.0) == (0.0, 0))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,)]))
print(max([(3, "c"), (3, "d"), (1, "z")]), min([(0, 5), (0, 4)]))
grid = {}
for x in range(2):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid, grid[1, 0], (1, 1) in grid)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash((1, 2, 3)), hash(()), hash((1,)), hash((1, (2, 3))), hash((-1, 0)))
print(hash((1, 2.0)) == hash((1, 2)), hash((True,)) == hash((1,)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print("TypeError:", e)
