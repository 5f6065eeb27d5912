# TypeError messages for wrong argument counts and names.
def f(a, b):
    return a + b
def g(a, b=2, *, c):
    return a + b + c
def h(*args, key):
    return args, key
tests = [
    lambda: f(1), lambda: f(), lambda: f(1, 2, 3), lambda: f(1, b=2, a=3), lambda: f(1, c=3),
    lambda: f(1, 2, b=3), lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, c=1, d=2), lambda: h(1, 2),
    lambda: (lambda x: x)(), lambda: (lambda x: x)(1, 2), lambda: (lambda: 0)(1), lambda: f(*[1, 2, 3]),
    lambda: f(**{"a": 1, "b": 2, "z": 3}), lambda: len(), lambda: len(1, 2), lambda: abs(),
    lambda: "x".upper(1), lambda: [].append(1, 2), lambda: {}.get(), lambda: isinstance(1),
]
for i, fn in enumerate(tests):
    try:
        print(i, fn())
    except TypeError as e:
        print(i, e)
def outer():
    def inner(x):
        return x
    return inner
try:
    outer()()
except TypeError as e:
    print("nested:", e)
