# id() is only compared, never printed.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a))
print(isinstance(id(a), int), id(a) != id(c))
def same(x, y):
    return id(x) == id(y)
print(same(a, b), same(a, a[:]), same(None, None))
d = {"k": a}
print(id(d["k"]) == id(a))
t = (a, a)
print(id(t[0]) == id(t[1]))
copy = list(a)
print(id(copy) == id(a), copy == a)
x = a
x.append(3)
print(a, id(x) == id(a))
