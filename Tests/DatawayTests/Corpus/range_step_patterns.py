# Typical index loops built from range.
data = ["a", "b", "c", "d", "e", "f", "g"]
print([data[i] for i in range(0, len(data), 2)])
print([data[i] for i in range(len(data) - 1, -1, -1)])
print([(data[i], data[i + 1]) for i in range(len(data) - 1)])
print([data[i:i + 3] for i in range(0, len(data), 3)])
for i in range(len(data)):
    if i % 3 == 0:
        print(i, data[i])
print([i for i in range(1, 31) if i % 3 == 0 and i % 5 == 0])
print(["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i for i in range(1, 16)])
print(list(range(len(""))), [x for x in range(-2, 3)])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [grid[i][i] for i in range(3)], [grid[i][2 - i] for i in range(3)])
