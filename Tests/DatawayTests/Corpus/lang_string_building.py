# Building strings incrementally: +=, join, format, multiplication.
parts = []
for i in range(5):
    parts.append(f"item{i}")
print(",".join(parts))
s = ""
for word in ["alpha", "beta", "gamma"]:
    if s:
        s += " | "
    s += word.capitalize()
print(s)
lines = ["Name      Qty", "-" * 13]
for name, qty in [("apple", 3), ("kiwi", 12), ("banana", 100)]:
    lines.append(f"{name:<9} {qty:>3}")
print("\n".join(lines))
table = "\n".join(" ".join(f"{r * c:3d}" for c in range(1, 6)) for r in range(1, 4))
print(table)
csv = "id,name\n" + "".join(f"{i},{n}\n" for i, n in enumerate(["a", "b"]))
print(csv, end="")
print("=" * 20)
print("".join(reversed("stressed")))
acc = []
for ch in "hello world":
    acc.append(ch.upper() if ch in "lo" else ch)
print("".join(acc))
print("-".join("abc"), "".join([]), " ".join(["solo"]))
