# max() and min(): varargs, iterables, key=, default=, and errors.
print(max(3, 1, 2), min(3, 1, 2), max([3, 1, 2]), min((3, 1, 2)), max("hello"), min("hello"))
print(max([1, 2], [1, 3]), min("apple", "Apple"), max(1, 2.5, True), min(0, False, 0.0))
words = ["kiwi", "fig", "banana", "plum", "apple"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]))
print(max([], default=None), min([], default="none"), max([5], default=0), min((), key=len, default=-1))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.values()), max({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
print(max([2, 7, 7, 1], key=lambda x: x % 5), min([(1, "b"), (1, "a")]))
people = [("ann", 31), ("bob", 25), ("cy", 31)]
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(max(range(10), key=lambda x: (x % 3, -x)), min(x * x - 4 * x for x in range(5)))
for args, kwargs in [([[]], {}), ([1, "a"], {}), ([], {}), ([[1, 2]], {"default": 0, "key": None})]:
    try:
        print(max(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(repr(e))
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    max()
except TypeError as e:
    print("TypeError:", e)
