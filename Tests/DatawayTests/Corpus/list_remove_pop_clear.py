# Removing items: remove, pop (with and without index), clear, del.
a = ["a", "b", "c", "b", "d"]
a.remove("b")
print(a)
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-1), a)
a = list(range(10))
print(a.pop(3), a.pop(-3), a)
a.clear()
print(a, len(a))
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [].remove(None)]:
    try:
        call()
    except (IndexError, ValueError) as e:
        print(type(e) is IndexError, repr(e))
b = [1, 2, 1, 2, 1]
while 1 in b:
    b.remove(1)
print(b)
c = [0, 1, 2, 3, 4, 5]
evens = [x for x in c if x % 2 == 0]
for x in evens:
    c.remove(x)
print(c)
d = [3, 1, 2]
popped = [d.pop() for _ in range(len(d))]
print(popped, d)
e = [1.0, 1, True]
e.remove(True)
print(e)
