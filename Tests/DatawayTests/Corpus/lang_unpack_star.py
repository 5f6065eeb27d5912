# Extended unpacking with *rest in every position.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = "abcdef"
print(a, mid, z)
a, *mid, z = "az"
print(a, mid, z)
*everything, = (1, 2)
print(everything)
head, *tail = range(1)
print(head, tail)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
print([*range(3), *"ab"])
print((*[1, 2], 3))
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({*[1, 1], *[1]})
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c = "x"
except ValueError as e:
    print("ValueError:", e)
x, *y = "hello world".split()
print(x, y)
*_, last_word = "the quick brown fox".split()
print(last_word)
