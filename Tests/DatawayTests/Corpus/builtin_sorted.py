# sorted(): key, reverse, stability, and mixed types.
print(sorted([3, 1, 2]), sorted("bca"), sorted((3.5, -1, 2)), sorted({"b": 1, "a": 2}), sorted(set([5, 4])))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([-3, 2, -1], key=abs))
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: (t[1], t[0])), sorted(data, key=lambda t: (-t[1], t[0])))
print(sorted([]), sorted(""), sorted(range(5, 0, -1)), sorted([True, False, 0, 1]))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int), sorted(["x10", "x9"], key=len))
stable = sorted(["bb", "a", "cc", "d", "aa"], key=len)
print(stable, sorted(stable, key=len, reverse=True))
lst = [3, 1]
out = sorted(lst)
print(out is lst, lst)
for bad in [[1, "a"], [None, 1], [{}, {}]]:
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
