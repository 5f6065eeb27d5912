def f(a, b=2):
    return a + b
x = [1, 2]
x += [3]
n = 5
n += 2
n -= 10
a, b = 1, 2
a, b = b, a
print(a, b, x, n)
p, q, r = "xyz"
print(p, q, r)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for i in [3, 4]:
    print(i, f(i), f(i, b=10), f(*[1, 2]))
print(" ".join(str(w) for w in range(4)))
print(" ".join(w.upper() for w in ["a", "b"] if w))
def g():
    t = 0
    for i in range(10):
        t += i
    s = "a"
    s += "b"
    u, w = s, t
    return u, w
print(g())
try:
    m, o = 1, 2, 3
except ValueError as e:
    print("VE", e)
try:
    m, o = [1, 2, 3]
except ValueError as e:
    print("VE", e)
def h():
    zz += 1
try:
    h()
except UnboundLocalError as e:
    print("UB", e)
print(len("abc"), max(1, 5), sorted([3, 1]), "a-b".split("-"), isinstance(1, int))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))
try:
    undefined_fn(1)
except NameError as e:
    print(e)
