# slice objects: repr, attributes, indices(), use as subscripts.
s = slice(1, 10, 2)
print(s, repr(slice(3)), slice(None, None, -1), slice(1, None), slice("a", "b"))
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop)
print(s.indices(6), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100).indices(5))
data = list(range(12))
print(data[s], "abcdefghijk"[s], data[slice(None, None, 3)], data[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
first_three = slice(0, 3)
print(data[first_three], "hello"[first_three], (1, 2, 3, 4)[first_three])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    data[slice("a", None)]
except TypeError as e:
    print("TypeError:", e)
print(slice(1, 2, 3) != slice(3, 2, 1), type(s))
