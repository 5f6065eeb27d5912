# update with dicts, iterables of pairs, and keyword arguments; | and |=.
d = {"a": 1}
d.update({"b": 2, "a": 10})
print(d)
d.update([("c", 3), ("d", 4)])
print(d)
d.update(e=5, a=100)
print(d)
d.update({"f": 6}, g=7)
print(d)
d.update()
d.update(zip("xy", [8, 9]))
print(d)
x = {"a": 1, "b": 2}
y = {"b": 20, "c": 30}
print(x | y, y | x, x, y)
x |= y
print(x)
x |= [("z", 0)]
print(x)
try:
    d.update([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    d.update(["ab", "cde"])
except ValueError as e:
    print("ValueError:", e)
try:
    print({} | [("a", 1)])
except TypeError as e:
    print("TypeError:", e)
