# Identity and membership operators.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, (1 == 1) is True)
x = None
print(x is None, x is not None)

print(2 in [1, 2, 3], 5 not in [1, 2, 3])
print("ell" in "hello", "" in "abc", "z" not in "abc")
print("a" in {"a": 1}, 1 in {"a": 1}, 1 in {"a": 1}.values())
print(("a", 1) in {"a": 1}.items())
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), 10 in range(10))
print(1 in {1, 2}, frozenset([1]) in {frozenset([1])})
print(b"b" in b"abc", 98 in b"abc", 1.0 in [1], True in [1])
print([1] in [[1], [2]], (1,) in [(1,)])
print(0 in [], "x" in "")
nan = float("nan")
lst = [nan]
print(nan in lst, nan == nan)
print(2 in (1, 2) and "a" in "cat")
matrix = [[1, 2], [3, 4]]
print(any(3 in row for row in matrix), 5 in matrix)
print(not 5 in [5], not (5 in [5]))
