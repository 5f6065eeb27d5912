# Nested function definitions and helper scoping.
def process(records):
    def clean(s):
        return s.strip().lower()

    def key_of(r):
        return clean(r["name"])

    def summarize(rs):
        def fmt(r):
            return f"{key_of(r)}={r['value']}"
        return ", ".join(fmt(r) for r in rs)

    return summarize(sorted(records, key=key_of))

data = [{"name": " Zed ", "value": 1}, {"name": "amy", "value": 2}, {"name": "Bob", "value": 3}]
print(process(data))

def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle

print(outer(1)(2)(3))

def defines_later():
    def a():
        return b() + 1
    def b():
        return 41
    return a()

print(defines_later())

def make_ops():
    def add(a, b): return a + b
    def mul(a, b): return a * b
    return {"add": add, "mul": mul}

ops = make_ops()
print(ops["add"](2, 3), ops["mul"](2, 3))
print(callable(ops["add"]), callable(ops))
