# list.sort: stability, key, reverse, mixed int/float, errors.
a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=lambda w: (-len(w), w))
print(words)
records = [("ann", 3), ("bob", 1), ("cy", 3), ("di", 2), ("ed", 1)]
records.sort(key=lambda r: r[1])
print(records)
records.sort(key=lambda r: r[1], reverse=True)
print(records)
mixed = [3, 1.5, True, -2, 0.0, 2 ** 70]
mixed.sort()
print(mixed)
print(a.sort(), sorted(a) is a)
nested = [[2, "b"], [1, "z"], [2, "a"], [1]]
nested.sort()
print(nested)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    [[1], (1,)].sort()
except TypeError as e:
    print("TypeError:", e)
empty = []
empty.sort()
print(empty)
