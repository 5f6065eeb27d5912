# keys(), values(), items() views: repr, live updates, set operations.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
d["d"] = 4
del d["a"]
print(k, v, i)
print(list(k), list(v), list(i), tuple(k))
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(sorted(i & {("c", 3), ("c", 4)}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"})
print(k.isdisjoint(["x"]), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print({}.keys(), {}.values(), {}.items())
print(str(d.keys()), repr({1: [2]}.items()))
try:
    k[0]
except TypeError as e:
    print("TypeError:", e)
for key, value in d.items():
    print(key, "->", value)
print(sum(d.values()), max(d.keys()), sorted(d.values(), reverse=True))
