# Return statements: none, multiple values, early returns.
def nothing():
    return

def implicit():
    x = 1

def pair():
    return 1, 2

def single_tuple():
    return (1,)

def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return "loop done"

print(nothing(), implicit(), pair(), single_tuple())
a, b = pair()
print(a + b)
print(early(-1), early(10), early(0))

def first_match(items, pred):
    for item in items:
        if pred(item):
            return item
    return None

print(first_match([1, 4, 9], lambda v: v > 3), first_match([], bool))

def stats(values):
    if not values:
        return None, None, None
    return min(values), max(values), sum(values) / len(values)

print(stats([4, 8, 6]), stats([]))
lo, hi, avg = stats([1, 2])
print(lo, hi, avg)

def returns_function():
    return lambda: "called"
print(returns_function()())
