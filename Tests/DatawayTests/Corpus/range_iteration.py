# Iterating over ranges in loops and comprehensions.
total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(1, 101)))
print([i * i for i in range(5)], [i for i in range(20, 0, -4)])
for i in range(3):
    for j in range(i, 3):
        print((i, j), end=" ")
print()
print(list(enumerate(range(100, 103))), list(zip(range(3), range(10, 13))))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), sorted(range(3), reverse=True))
print(max(range(10)), min(range(5, 10)), any(range(1)), all(range(1, 5)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
print(list(map(str, range(3))), "".join(str(d) for d in range(10)))
print(tuple(range(2)), set(range(1)), dict.fromkeys(range(2)))
