# Common iteration helpers used together.
names = ["ann", "bob", "cy"]
scores = [90, 72, 85]
for i, (n, s) in enumerate(zip(names, scores), 1):
    print(f"{i}. {n}: {s}")
print(dict(zip(names, scores)))
print(list(enumerate(names, start=-1)))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
best = max(zip(scores, names))
print(best)
ranked = sorted(zip(names, scores), key=lambda p: p[1], reverse=True)
print(ranked)
print([n for n, s in zip(names, scores) if s > 80])
print(list(zip(names, range(100))))
print(list(zip()))
print(list(zip("ab")))
pairs = list(zip(names, names[1:]))
print(pairs)
for idx, ch in reversed(list(enumerate("xyz"))):
    print(idx, ch, end="; ")
print()
print([i * v for i, v in enumerate([5, 5, 5])])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
