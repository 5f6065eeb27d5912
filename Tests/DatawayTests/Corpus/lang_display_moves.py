# Displays built from temporaries take the values over; names keep theirs.


def f(i):
    return [i]


x = [1]
a = [x, x, f(1), f(2), (x, f(3))]
a[0].append(5)
print(a, x, a[0] is x, a[1] is a[0], a[2] is a[3])

t = (f(1), x, f(2) + f(3), "s" + "t")
print(t, t[1] is x)

y = f(4)
d = {"k": x, "t": f(3), "u": [y, y], "s": str(7) + "!"}
print(d, y, d["u"][0] is y, d["k"] is x)
d["t"].append(0)
print(d)

rows = [{"id": i, "v": f(i), "sq": i * i, "name": "n" + str(i)} for i in range(3)]
print(rows)
pairs = [(k, v) for k, v in {"a": 1, "b": 2}.items()]
print(pairs)
nested = [[f(i), [f(j) for j in range(i)]] for i in range(3)]
print(nested)
same = [x for _ in range(3)]
same[0].append(9)
print(same, x)


def build(n):
    out = []
    for i in range(n):
        item = {"i": i, "tags": [str(i), str(i + 1)], "pair": (i, f(i))}
        out.append(item)
    return out


b = build(3)
print(b, [r["pair"][1] for r in b])

try:
    bad = {"a": f(1), [1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    bad2 = {f(1): 2}
except TypeError as e:
    print("TypeError:", e)
