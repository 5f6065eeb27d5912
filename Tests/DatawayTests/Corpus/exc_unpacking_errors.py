# ValueError / TypeError messages from unpacking.
tests = [
    lambda: [a for a, b in [(1, 2, 3)]],
    lambda: [a for a, b, c in [(1, 2)]],
    lambda: [a for a, b in [1]],
    lambda: [a for a, *b, c in [(1,)]],
    lambda: dict([(1, 2, 3)]),
    lambda: [a for (a, b) in ["abc"]],
    lambda: [a for a, b in [{}]],
    lambda: [a for a, b in [{"x": 1, "y": 2, "z": 3}]],
]
for i, fn in enumerate(tests):
    try:
        print(i, fn())
    except (ValueError, TypeError) as e:
        print(i, repr(e))
def unpack3(seq):
    a, b, c = seq
    return a, b, c
for seq in [(1, 2, 3), "xyz", [1], range(4), None]:
    try:
        print(unpack3(seq))
    except (ValueError, TypeError) as e:
        print(e)
