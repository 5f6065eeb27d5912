# index (with start/stop) and count, using == semantics.
a = [1, "x", 2.0, "x", None, [1], 2, True]
print(a.index("x"), a.index("x", 2), a.index(2), a.index(None), a.index([1]), a.index(True))
print(a.count("x"), a.count(2), a.count(1), a.count([1]), a.count("missing"))
print(a.index("x", -5), a.index(2, 3, 7))
for args in [("y",), ("x", 4), ("x", 0, 1)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print("ValueError:", e)
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print({n: nums.count(n) for n in nums})
positions = []
start = 0
while True:
    try:
        i = nums.index(5, start)
    except ValueError:
        break
    positions.append(i)
    start = i + 1
print(positions)
nan = float("nan")
print([nan].count(nan), [nan].index(nan))
