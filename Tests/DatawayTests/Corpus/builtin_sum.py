# sum() with start values, floats and sequences.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([], 5), sum(range(101)), sum([0.1] * 3))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1.5, 2, True]), sum(x / 2 for x in range(4)))
print(sum([10 ** 20, 1, -(10 ** 20)]), sum([1e20, 1, -1e20]), sum([0.5] * 4, 0.25))
print(sum({1: "a", 2: "b"}), sum({3, 4}), sum(b"\x01\x02"), sum([1], start=1))
for bad in [(["a", "b"],), (["a"], ""), ([1, "a"],), ([b"a"], b"")]:
    try:
        print(sum(*bad))
    except TypeError as e:
        print("TypeError:", e)
print(sum(i for i in range(1, 6) if i % 2), sum(map(len, ["ab", "c"])))
