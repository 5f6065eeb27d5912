# get and setdefault in accumulation patterns.
d = {"a": 0, "b": None}
print(d.get("a"), d.get("a", 99), d.get("b", "default"), d.get("c", "default"), d.get("c"))
print(d.setdefault("a", 5), d.setdefault("c", 7), d.setdefault("d"), d)
words = "the cat the dog the end cat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
index = {}
for pos, w in enumerate(words):
    index.setdefault(w, set()).add(pos)
print({w: sorted(p) for w, p in index.items()})
nested = {}
nested.setdefault("x", {}).setdefault("y", {})["z"] = 1
print(nested)
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
