# Functions are first-class values: stored, passed, returned.
def square(x):
    return x * x

def cube(x):
    return x ** 3

def apply_all(funcs, value):
    return [f(value) for f in funcs]

print(apply_all([square, cube, abs, str], -3))

table = {"sq": square, "cu": cube}
for name in sorted(table):
    print(name, table[name](4))

def twice(f):
    return lambda x: f(f(x))

print(twice(square)(3), twice(twice(lambda s: s + "!"))("hi"))

def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run

clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(clean("  Hello World  "))
print(list(map(square, [1, 2, 3])), sorted([-3, 1, -2], key=abs))
f = square
print(f is square, f(9), callable(f), callable(5))
builtins_list = [len, sum, max]
print([g([3, 1, 2]) for g in builtins_list])
print(str.upper("method via type"), "x".join(map(str, [1, 2])))
method = "a-b-c".split
print(method("-"))
