# pop with and without default; popitem is LIFO.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
print(d.pop("b"), d)
print(d.pop("zz", "default"), d.pop("zz", None))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", repr(e))
print(d.popitem(), d)
d["e"] = 5
print(d.popitem(), d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", repr(e), str(e))
stack = dict.fromkeys("xyz", 0)
order = []
while stack:
    order.append(stack.popitem()[0])
print(order)
e = {"k": [1]}
v = e.pop("k")
v.append(2)
print(v, e)
