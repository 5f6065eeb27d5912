# Ranges compare equal by the sequence they produce.
print(range(0) == range(1, 1), range(0) == range(0, -5))
print(range(0, 3, 2) == range(0, 4, 2), range(0, 3, 2) == range(0, 5, 2))
print(range(1, 2, 10) == range(1, 2, 20), range(5) == list(range(5)))
print(range(3) != range(4), list(range(3)) == [0, 1, 2])
print(hash(range(3)) == hash(range(0, 3)), {range(3): "r"}[range(0, 3, 1)])
print(range(2, 10, 3).start, range(2, 10, 3).stop, range(2, 10, 3).step, range(5).start)
r = range(-5, 5, 2)
print(r.start + r.step * (len(r) - 1) == r[-1], r[-1])
try:
    print(range(3) < range(4))
except TypeError as e:
    print("TypeError:", e)
print(sorted([range(3) == range(3), range(0) == range(0)]))
