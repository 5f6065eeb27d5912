# add, remove, discard, pop, clear, update variants.
s = set()
s.add(1)
s.add(2)
s.add(1)
print(sorted(s), len(s))
s.discard(2)
s.discard(99)
print(sorted(s))
s.remove(1)
print(s)
try:
    s.remove(1)
except KeyError as e:
    print("KeyError:", repr(e))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", repr(e), str(e))
s = {"only"}
print(s.pop(), s)
s = {5, 6, 7}
s.update([8, 9], (10,), "a")
print(sorted(s, key=str))
s.clear()
print(s, len(s))
t = {1, 2, 3, 4}
t.intersection_update({2, 3, 5})
print(sorted(t))
t.difference_update([3])
print(t)
t.symmetric_difference_update({2, 9})
print(t)
u = {1, 2}
popped = u.pop()
print(popped in (1, 2), len(u))
