# Chained assignment and evaluation order of targets.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = 0
lst = [10, 20, 30]
i = lst[i] = 1
print(i, lst)
d = {}
d["k"] = d["j"] = "same"
print(d)
p, q = r = 1, 2
print(p, q, r)
first = second = third = "s"
print(first + second + third)
m = n = 0
m += 1
print(m, n)
e = f = {"a": 1}
e["b"] = 2
print(f)
g, h = h_val = [3, 4]
print(g, h, h_val)
