# len() on every sized type.
print(len(""), len("héllo"), len("😀"), len(b"\xff\x00"), len(bytearray(3)))
print(len([]), len([[]]), len((1, 2)), len({}), len({"a": 1}), len(set("aab")), len(frozenset()))
print(len(range(10)), len(range(0, 10, 3)), len(range(5, 0)), len({"a": 1}.keys()), len({1: 2}.items()))
print(len(str(2 ** 100)), len(repr([1, 2])), len(" ".join(["a"] * 5)))
for bad in [5, 1.5, None, True, iter([1]), len]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
