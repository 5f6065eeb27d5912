# Dict comprehensions.
print({x: x ** 2 for x in range(6)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({w: len(w) for w in ["one", "three", "five"] if len(w) > 3})
print({i % 3: i for i in range(10)})
print({(x, y): x * y for x in range(1, 3) for y in range(1, 3)})
people = [{"name": "ann", "age": 31}, {"name": "bob", "age": 17}, {"name": "cy", "age": 45}]
print({p["name"]: p["age"] for p in people if p["age"] >= 18})
print({p["name"].title(): ("adult" if p["age"] >= 18 else "minor") for p in people})
nested = {outer: {inner: outer * inner for inner in range(1, 4)} for outer in range(1, 3)}
print(nested)
d = {"b": 2, "a": 1, "c": 3}
print({k: d[k] for k in sorted(d)})
print({k: v for k, v in sorted(d.items(), key=lambda kv: -kv[1])})
print({c: "abc".count(c) for c in "abcabca"})
print({str(i): [i] * i for i in range(4)})
print({x: None for x in ""})
