# Comprehension variables do not leak; comprehensions see enclosing names.
x = "module x"
squares = [x * x for x in range(4)]
print(squares, x)

def f():
    factor = 3
    return [factor * i for i in range(3)]

print(f())

def nested():
    rows = 3
    return [[(r, c) for c in range(r)] for r in range(rows)]

print(nested())
print([[j for j in range(i)] for i in range(4)])
print([(i, j) for i in range(3) for j in range(i)])
total = 10
print([total + i for i in range(3)])
print({k: [k * n for n in range(3)] for k in (1, 2)})

def make():
    base = 100
    return list(map(lambda v: v + base, [1, 2]))

print(make())
i = "untouched"
_ = [i for i in range(10)]
print(i)
print(sum(j for j in range(4)))
