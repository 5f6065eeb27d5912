# What can be a key: hashable values; equal numbers collide.
d = {}
d[1] = "int"
d["1"] = "str"
d[(1,)] = "tuple"
d[None] = "none"
d[frozenset({1})] = "frozenset"
d[1.5] = "float"
d[True] = "bool replaces int 1"
d[b"1"] = "bytes"
print(d)
print(d[1], d[1.0], d[True], len(d))
for bad in [[1], {"a": 1}, {1}, bytearray(b"x")]:
    try:
        d[bad] = 0
    except TypeError as e:
        print("TypeError:", e)
print(d.get((1,)), d.get(2, "absent"))
nan = float("nan")
d2 = {nan: 1}
d2[nan] = 2
print(len(d2), list(d2.values()))
d3 = {float("nan"): 1, float("nan"): 2}
print(len(d3))
