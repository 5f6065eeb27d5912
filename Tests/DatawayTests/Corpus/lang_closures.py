# Closures capture variables from enclosing scopes (by reference, late binding).
def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))

def make_multipliers():
    return [lambda x: x * i for i in range(4)]

print([m(2) for m in make_multipliers()])

def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]

print([m(2) for m in make_multipliers_fixed()])

def outer():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    def get():
        return list(items)
    return add, get

add, get = outer()
add("a")
add("b")
print(get())

def compose(f, g):
    return lambda x: f(g(x))

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

def late():
    fs = []
    x = 1
    fs.append(lambda: x)
    x = 2
    return fs[0]()
print(late())
