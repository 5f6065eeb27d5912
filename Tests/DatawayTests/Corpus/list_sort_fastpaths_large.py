# Long lists go through the columnar key sort: ints, floats, mixed numbers, strs sharing long
# prefixes or differing only past eight bytes or by a trailing NUL, tuples of those, reverse, and
# stability (equal keys keep their order, also when reversed).
x = 12345


def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % 2147483648
    return x % n


recs = []
for i in range(700):
    recs.append({
        "id": i,
        "score": rnd(40) - 20,
        "ratio": rnd(50) / 8.0 - 2,
        "name": ["prefix__", "prefix__a", "prefix__b", "prefix_", "prefix__\x00", "pre", "", "préfixé", "prefix__a\x00",
                 "\U0001f600", "Prefix__"][rnd(11)],
        "dept": "d" + str(rnd(5)),
        "big": [10 ** 20, -(10 ** 20), 5, 2 ** 53 + 1, 3.5][rnd(5)],
    })


def ids(rs):
    return [r["id"] for r in rs]


def digest(rs):
    acc = 0
    for r in rs:
        acc = (acc * 31 + r["id"]) % 1000000007
    return acc


for k in ["score", "ratio", "name", "dept", "big"]:
    a = sorted(recs, key=lambda r: r[k])
    b = sorted(recs, key=lambda r: r[k], reverse=True)
    print(k, digest(a), digest(b), ids(a)[:8], ids(b)[:8])
print("tuple", digest(sorted(recs, key=lambda r: (r["dept"], -r["score"], r["name"]))))
print("tuple rev", digest(sorted(recs, key=lambda r: (r["name"], r["ratio"]), reverse=True)))
print("mixed", digest(sorted(recs, key=lambda r: r["score"] if r["id"] % 2 else r["ratio"])))
print("tuple mixed", digest(sorted(recs, key=lambda r: (r["score"], r["ratio"] if r["id"] % 3 else r["score"]))))
print("bool", digest(sorted(recs, key=lambda r: r["score"] > 0)))
print("width", digest(sorted(recs, key=lambda r: (r["dept"],) if r["id"] % 2 else (r["dept"], r["id"]))))

names = [r["name"] for r in recs]
names.sort()
print([names[i] for i in range(0, 700, 50)])
names.sort(reverse=True)
print([names[i] for i in range(0, 700, 50)])
nums = [r["big"] for r in recs]
print(sorted(nums)[:3], sorted(nums)[-3:], sorted(nums, reverse=True)[:2])
floats = [r["ratio"] for r in recs] + [-0.0, 0.0, 0, False, True]
print(sorted(floats)[300:310])
ints = [r["score"] for r in recs]
ints.sort(reverse=True)
print(ints[:5], ints[-5:])

# A comparison that fails in a long list raises CPython's error; the list keeps its items.
l = list(range(100)) + ["x"]
try:
    l.sort()
except TypeError as e:
    print("TypeError:", e, len(l), sorted(l[:100]) == list(range(100)))
