# Closures holding mutable state via nonlocal and via mutable containers.
def make_stats():
    count = 0
    total = 0.0
    values = []
    def add(x):
        nonlocal count, total
        count += 1
        total += x
        values.append(x)
        return mean()
    def mean():
        return total / count if count else None
    def report():
        return {"count": count, "total": total, "mean": mean(), "max": max(values, default=None)}
    return add, report

add, report = make_stats()
print(report())
print([add(v) for v in [4, 8, 15, 16, 23, 42]])
print(report())
add2, report2 = make_stats()
add2(1)
print(report2(), report()["count"])

def memoize(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapped_cache = cache
    return wrapped, wrapped_cache

def slow_square(n):
    return n * n
fast, cache = memoize(slow_square)
print([fast(i % 4) for i in range(10)], sorted(cache.items()))
