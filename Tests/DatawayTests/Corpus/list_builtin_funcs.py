# Builtins applied to lists: len sum min max sorted reversed enumerate zip any all.
a = [4, -1, 7, 0, 3]
print(len(a), sum(a), min(a), max(a), sorted(a), list(reversed(a)))
print(sum(a, 10), sum([0.5, 0.25]), sum([[1], [2]], []), sum([]))
print(min(a, key=abs), max(a, key=lambda x: -x), min([], default="empty"), max([[1, 2], [3]], key=len))
print(any(a), all(a), any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(list(enumerate(a))[:2], list(zip(a, a[1:])))
print(sorted(a, reverse=True), sorted(a, key=lambda x: x % 3))
print(list(map(abs, a)), list(filter(None, a)), list(filter(lambda x: x > 0, a)))
print(list(range(3)) + list("ab") + list((1,)) + list({"k": 1}))
print(len([[]]), len([[], []]), bool([]), bool([[]]))
print(list(), list([1, 2]) == [1, 2], list(x for x in "abc"))
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
