# enumerate with start values and on different iterables.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-2)))
print(list(enumerate([])), list(enumerate(range(3), 10 ** 20))[:1])
print(dict(enumerate(["x", "y"])), list(enumerate({"k": 1, "j": 2})))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
e = enumerate("xy")
print(next(e), next(e), next(e, None))
print([i for i, c in enumerate("banana") if c == "a"])
lines = ["first", "second", "third"]
print("\n".join(f"{n:>3}: {l}" for n, l in enumerate(lines, 1)))
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate("a", "1")
except TypeError as e:
    print("TypeError:", e)
