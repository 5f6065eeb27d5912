# lambda expressions: defaults, varargs, immediate call, as sort keys.
square = lambda x: x * x
print(square(7))
print((lambda: "no args")())
print((lambda a, b=10: a + b)(1))
print((lambda a, b=10: a + b)(1, 2))
print((lambda *a: len(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
print((lambda x, *, y: x - y)(10, y=3))

pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))

ops = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
}
for name in ops:
    print(name, ops[name](6, 3))

nested = lambda x: (lambda y: x + y)
print(nested(1)(2))
print(list(map(lambda s: s.upper(), ["a", "b"])))
print(list(filter(lambda n: n % 2, range(10))))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(i) for i in range(4)])
