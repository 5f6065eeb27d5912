# Sets of tuples for visited-state tracking.
moves = "RRUULDDLLU"
pos = (0, 0)
visited = {pos}
revisits = 0
for m in moves:
    dx, dy = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}[m]
    pos = (pos[0] + dx, pos[1] + dy)
    if pos in visited:
        revisits += 1
    visited.add(pos)
print(pos, len(visited), revisits)
print(sorted(visited))
edges = {(1, 2), (2, 3), (2, 1), (3, 1)}
undirected = {tuple(sorted(e)) for e in edges}
print(sorted(undirected), len(edges), len(undirected))
print(min(visited), max(visited))
