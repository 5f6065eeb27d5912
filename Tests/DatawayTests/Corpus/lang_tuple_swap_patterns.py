# Swapping and rotating with tuple assignment.
a, b = "A", "B"
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
lst = [1, 2, 3, 4, 5]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
lst = lst[1:] + lst[:1]
print(lst)
lst = lst[-2:] + lst[:-2]
print(lst)
fa, fb = 0, 1
seq = []
for _ in range(10):
    seq.append(fa)
    fa, fb = fb, fa + fb
print(seq)
i, j = 0, len(lst) - 1
arr = list("abcdef")
while i < j:
    arr[i], arr[j] = arr[j], arr[i]
    i, j = i + 1, j - 1
print("".join(arr))
p = [3, 1, 2]
p[p[0] - 1], p[0] = p[0], p[p[0] - 1]
print(p)
