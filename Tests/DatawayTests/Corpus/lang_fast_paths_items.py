# Calls of types, subscripts of dicts and lists, and key equality across kinds.

print(str(12), str(-7), str(3.5), str("s"), str(), str(b"x"), int("42"), float("2.5"), bool(0), list("ab"))
print(tuple([1, 2]), dict([("a", 1)]), set("aa"), dict(a=1, b=2), int("ff", 16), int("11", base=2))
for bad in ["x", "1.5", ""]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
e = ValueError("boom", 2)
print(repr(e), e.args, isinstance(e, Exception), type(KeyError("k")) is KeyError)

d = {"a": 1, 1: "int one", (1, 2): "tuple", None: "none"}
print(d["a"], d[1], d[1.0], d[True], d[(1, 2)], d[None])
d[1.0] = "float one"
d[True] = "bool one"
print(d, len(d))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]]
except TypeError as e:
    print("TypeError:", e)
big = {"key-%d" % i: i for i in range(50)}
print(big["key-0"], big["key-49"], "key-50" in big, big.get("key-7"), big.get("nope", -1))
big["key-3"] = "changed"
print(big["key-3"], len(big), list(big)[:4])

xs = [10, 20, 30]
print(xs[0], xs[-1], xs[-3], xs[True], xs[1:], xs[::-1])
for i in [3, -4]:
    try:
        xs[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    xs["0"]
except TypeError as e:
    print("TypeError:", e)
s = "hello, world"
print(s[:5], s[7:], s[-5:], s[3:3], s[::2], s[100:], "ünï"[1:], "ünï"[:2])
