# Breaking out of nested loops with flags, else clauses and functions.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
target = 5
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            found = (r, c)
            break
    else:
        continue
    break
print("found", found)

def locate(g, t):
    for r, row in enumerate(g):
        for c, v in enumerate(row):
            if v == t:
                return r, c
    return None

print(locate(grid, 9), locate(grid, 10))
pairs = []
i = 0
while i < 4:
    j = 0
    while j < 4:
        if j > i:
            break
        if (i + j) % 2:
            j += 1
            continue
        pairs.append((i, j))
        j += 1
    i += 1
print(pairs)
for a in range(3):
    for b in range(3):
        if b == 2:
            break
    else:
        print("inner never completes")
    print("outer", a, "inner stopped at", b)
