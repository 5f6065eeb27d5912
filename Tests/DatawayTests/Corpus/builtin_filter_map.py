# filter() and map() with functions, None and multiple iterables.
nums = [0, 1, 2, 3, 4, 5, None, "", "x"]
print(list(filter(None, nums)))
print(list(filter(lambda n: isinstance(n, int) and n % 2 == 0, nums)))
print(list(map(str, [1, 2.5, None])), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2])))
print(list(map(int, "123")), sum(map(int, "123")), list(map(str.strip, [" a ", "b "])))
print(list(filter(str.isdigit, ["1", "a", "22"])), list(map(abs, filter(lambda x: x < 0, [-1, 2, -3]))))
m = map(lambda x: x * 2, range(3))
print(next(m), list(m), list(m))
print(list(map(tuple, ["ab", "c"])), list(map(sorted, ["ba", "dc"])))
try:
    list(map(None, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    list(filter(5, [1]))
except TypeError as e:
    print("TypeError:", e)
