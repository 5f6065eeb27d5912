# Short lists take CPython's own small-list algorithm: results, stability, reverse, and the
# errors and partial orders a failing comparison leaves behind must match CPython.
print(sorted(["alpha", "beta", "gamma"]), sorted(["gamma", "beta", "alpha"]), sorted(["b", "a", "b", "a"]))
print(sorted(["", "a", "", "B", "b", "é", "e", "\U0001f600", "z\x00", "z"]))
print(sorted([3, 1, 2]), sorted([1, 2, 3]), sorted([3, 2, 1]), sorted([2, 2, 1, 1]), sorted([5]), sorted([]))
print(sorted([1.5, 1, True, 0.5, -2, False]), sorted([2, 1.0, 1, 1.0, 0]))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "c", "a"], reverse=True), sorted((4, 5, 1), reverse=1))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), sorted([[2], [1, 5], [1]]))
print(sorted({"b": 1, "a": 2}), sorted("hello"), sorted(range(5, 0, -1)))
print(sorted([-9223372036854775808, 9223372036854775807, 0, 10 ** 20, -(10 ** 20)]))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 2.0, 1.0]))

# Stability with keys, forwards and reversed.
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1), ("u", 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: -r[1]))
print(sorted(recs, key=lambda r: r[0] > "w"))
print(sorted(["bb", "a", "ccc", "dd", "e"], key=len), sorted(["bb", "a", "ccc", "dd", "e"], key=len, reverse=True))
print(sorted([3, 1, 2], key=None), sorted([3, 1, 2], key=None, reverse=False))
l = ["d", "B", "a", "C"]
l.sort(key=str.lower)
print(l)
l.sort(reverse=True)
print(l)
l.sort()
print(l)

# Mixed types: the message names the later element's type first, as CPython compares.
for items in [["a", 1], [1, "a"], ["b", "a", 1], [1, 2, "a", 3], [3, 2, 1, "a"], [None, 1], [1, None, 2],
              [(1, 2), (1, "a")], [[1], ["a"]], [{}, {}], [1, 3, 2, "a", 0], ["c", "b", "a", 2, 1]]:
    try:
        print(sorted(items))
    except TypeError as e:
        print("TypeError:", e)
    l = list(items)
    try:
        l.sort()
        print(l)
    except TypeError as e:
        print("TypeError:", e, l)
    l = list(items)
    try:
        l.sort(reverse=True)
        print(l)
    except TypeError as e:
        print("TypeError:", e, l)

# A failing key function leaves the list untouched.
def bad(x):
    if x == 2:
        raise ValueError("no two")
    return x


l = [3, 2, 1]
try:
    l.sort(key=bad)
except ValueError as e:
    print(e, l)
try:
    sorted([1, 2], key=bad, reverse=True)
except ValueError as e:
    print(e)
try:
    sorted([1, 2], 3)
except TypeError as e:
    print(e)
try:
    sorted([1, "x"], key=lambda v: str(v))
    print("ok")
except TypeError as e:
    print(e)

# A key that modifies the list under sort.
l = [3, 1, 2]
try:
    l.sort(key=lambda v: l.append(v) or v)
except ValueError as e:
    print(e, l)

# Larger lists (the general path) with the same data give the same answers.
import random
random.seed(7)
base = [random.randint(0, 50) for _ in range(200)]
words = ["w%d" % random.randint(0, 40) for _ in range(200)]
for size in [2, 3, 10, 63, 64, 65, 200]:
    b = base[:size]
    w = words[:size]
    pairs = list(zip(b, w))
    print(size, sorted(b) == sorted(b, key=lambda v: v), sorted(w)[:3], sorted(pairs, key=lambda p: p[0])[:4],
          sorted(pairs, key=lambda p: p[0], reverse=True)[:4], sorted(w, reverse=True)[:3],
          [p[1] for p in sorted(pairs, key=lambda p: p[0] // 10)][:6])
