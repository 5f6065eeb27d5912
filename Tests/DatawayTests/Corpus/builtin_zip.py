# zip() stops at the shortest input; strict= raises on mismatch.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
print(dict(zip("abc", range(3))), list(zip(range(3), range(3, 6), range(6, 9))))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
print(list(zip(*zip(*pairs))) == pairs)
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError:", e)
z = zip("xy", [1, 2])
print(next(z), list(z), list(z))
print([a + b for a, b in zip("abc", "xyz")], sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6])))
