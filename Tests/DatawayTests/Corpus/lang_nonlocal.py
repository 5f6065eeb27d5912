# nonlocal rebinds a variable in the nearest enclosing function scope.
def counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
print(c(), c(), c(10))
d = counter(100)
print(d(), c())

def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    m = middle()
    return x, m

print(outer())

def accumulate():
    total = 0
    history = []
    def add(v):
        nonlocal total
        total += v
        history.append(total)
        return total
    for v in [3, 4, 5]:
        add(v)
    return total, history

print(accumulate())

def toggler():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return flip

f = toggler()
print([f() for _ in range(5)])
