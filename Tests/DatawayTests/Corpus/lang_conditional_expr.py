# Conditional (ternary) expressions, including nesting and laziness.
for n in [-3, 0, 7]:
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)

def loud(tag, value):
    print("evaluated", tag)
    return value

r = loud("a", 1) if True else loud("b", 2)
print(r)
r = loud("a", 1) if False else loud("b", 2)
print(r)

items = []
print("empty" if not items else items[0])
items = ["first"]
print("empty" if not items else items[0])

x = 5
y = (x * 2 if x > 3 else x / 2) + 1
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(5)])
print([i if i % 3 else -i for i in range(7)])
grade = lambda s: "A" if s >= 90 else ("B" if s >= 80 else ("C" if s >= 70 else "F"))
print([grade(s) for s in (95, 85, 75, 10)])
value = None
print(value if value is not None else "default")
print((1 if x else 2) * 10)
