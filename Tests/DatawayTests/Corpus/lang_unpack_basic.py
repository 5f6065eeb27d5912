# Tuple and list unpacking in assignments.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "pq"
print(p, q)
[m, (n, o)] = [1, [2, 3]]
print(m, n, o)
first, second, third = range(3)
print(first, second, third)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
a = b = c = [0]
print(a is b, b is c)
a = [1, 2, 3]
i = 0
i, a[i] = 1, 9
print(i, a)
t = 1,
print(t, len(t))
(single,) = [42]
print(single)
x, = "x"
print(x)
for idx, (ch, num) in enumerate(zip("ab", [10, 20])):
    print(idx, ch, num)
row = ["id", "name", "email"]
col_id, col_name, col_email = row
print(col_email, col_name, col_id)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
