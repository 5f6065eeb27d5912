# hash() of ints, floats and tuples of ints is deterministic (never str/bytes).
for v in [0, 1, -1, -2, 7, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(v, hash(v))
for v in [0.0, -0.0, 0.5, 1.5, -1.5, 2.0, 1e100, 0.1, float("inf"), float("-inf")]:
    print(v, hash(v))
for v in [(), (1,), (1, 2), (2, 1), (1, (2, 3)), (-1, -2), (0, 0, 0)]:
    print(v, hash(v))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True))
print(hash(frozenset()), hash(range(0)) == hash(range(0)))
for bad in [[1], {"a": 1}, {1}, bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
