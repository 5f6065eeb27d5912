# Tuple creation, the one-element comma, repr and immutability.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], type(t))
single = (1,)
not_tuple = (1)
print(single, not_tuple, type(single), type(not_tuple))
print((), tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1}))
bare = 1, 2
print(bare, type(bare))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
holder = ([1], [2])
holder[0].append(99)
print(holder)
try:
    holder[0] += [100]
except TypeError as e:
    print("TypeError:", e)
print(holder)
