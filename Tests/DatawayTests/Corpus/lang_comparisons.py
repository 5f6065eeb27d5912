# Comparison operators across types: numbers, strings, sequences.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5, 5 != 6)
print(1 == 1.0, 1 < 1.5, -1 < 0.0, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(True == 1, False == 0, True > False, True + 0 == 1.0)
print("apple" < "banana", "Zebra" < "apple", "a" < "aa", "" < "a", "B" < "a")
print("é" > "z", "abc" == "abc", "10" < "9")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print((1, "a") < (1, "b"), (2,) > (1, 2, 3), () == ())
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1, 2))
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print({1, 2} == {2, 1}, {1} == frozenset({1}), range(3) == range(0, 3))
print(1 == "1", None == 0, None == None, [] == [], [] == ())
print(b"a" < b"b", b"abc" == b"abc", b"a" == "a", bytearray(b"x") == b"x")
print(float("inf") > 10 ** 400, float("-inf") < -10 ** 400)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan)
print(0.0 == -0.0, 1e-320 > 0)
print(max("apple", "Apple"), min([3, 1], [2, 9]))
for a, b in [(1, "a"), ([1], (1,)), (None, 1)]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
