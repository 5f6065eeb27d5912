# List comprehensions with conditions, nesting and complex expressions.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(30) if x % 2 if x % 5])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([c.upper() for c in "hello" if c not in "aeiou"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 0])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
print([n for n in [v * 2 for v in range(5)] if n > 3])
words = ["apple", "Banana", "cherry", "date"]
print([w[0] + str(len(w)) for w in words])
print([w for w in words if w.lower() < "c"])
print([(i, w) for i, w in enumerate(words) if i % 2 == 0])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([x if x > 0 else 0 for x in [-2, -1, 0, 1, 2]])
print([[] for _ in range(3)])
x = "outer"
print([x for x in "ab"], x)
print([y for y in []])
pairs = [(k, v) for k, v in {"a": 1, "b": 2}.items()]
print(pairs)
print([d["n"] for d in [{"n": 1}, {"n": 2}] if d["n"] > 1])
