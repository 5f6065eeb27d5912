# Mutating a list while iterating over it (well-defined but surprising in CPython).
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3, 4]
for x in b:
    if x == 2:
        b.remove(x)
    print("saw", x)
print(b)
c = [1, 2, 3]
count = 0
for x in c:
    count += 1
    if len(c) < 6:
        c.append(x * 10)
print(c, count)
d = [1, 2, 3, 4, 5, 6]
for x in d[:]:
    if x % 2 == 0:
        d.remove(x)
print(d)
e = [5, 6, 7]
i = 0
while i < len(e):
    if e[i] == 6:
        del e[i]
    else:
        i += 1
print(e)
