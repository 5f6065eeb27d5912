# Substring search across needle and text lengths: one byte, short text, long text.
texts = [
    "",
    "a",
    "ab",
    "abcabcabd",
    "x" * 255 + "yz",
    "x" * 256 + "yz",
    "x" * 300 + "xy" + "x" * 10,
    ("na" * 200) + "batman",
    "héllo wörld ünïcode " * 20,
    "=" * 40 + "k=v",
]
needles = ["", "a", "z", "yz", "xy", "abd", "bat", "batman", "wörld", "ünï", "k=v", "=", "xx", "nab", "q", "x" * 257]

for t in texts:
    row = []
    for n in needles:
        row.append((t.find(n), t.rfind(n), t.count(n), n in t))
    print(len(t), row)

# find with start and end inside long and short text.
s = "x" * 260 + "needle" + "x" * 10 + "needle"
for start, end in [(0, None), (261, None), (0, 266), (0, 265), (266, 282), (270, 283), (-6, None), (-7, -1)]:
    print(start, end, s.find("needle", start, end), s.count("needle", start, end), s.find("x", start))

# split, replace and partition rely on the same search.
line = "key=value=more " * 30
print(len(line.split("=")), line.partition("=")[0], line.rpartition("=")[2][:5])
print(line.replace("=", ":", 3)[:40])
print("a,b,,c".split(","), "a::b::".split("::"), "::".join(["x", "y"]).split("::"))
print(("ab" * 200).count("ba"), ("ab" * 200).replace("ba", "-")[:12])
