# replace of one byte by another, and partition, across counts, positions and text kinds.
cases = ["", "-", "a-b-c", "--x--", "no dashes", "é-ü-ñ", "-" * 40, "x" * 300 + "-" + "y"]
for s in cases:
    print(repr(s.replace("-", "_")), repr(s.replace("-", "_", 1)), repr(s.replace("-", "_", 0)), repr(s.replace("-", "_", -1)))
    print(repr(s.replace("-", "é")[:20]), repr(s.replace("x", "-", 2)[:12]), s.replace("-", "_") is s or "-" in s)
    print(s.partition("-"), s.rpartition("-"), s.partition("--"), s.rpartition("--")[0][-5:])
print("a=b=c".partition("="), "a=b=c".rpartition("="), "k=".partition("="), "=v".partition("="))
print("ünï=cødé".partition("="), "ünï=cødé".partition("ï="), "abc".partition("c"), "abc".partition("abcd"))
t = "key=value"
k, sep, v = t.partition("=")
print(k, sep, v, len(k), len(v), k.upper(), v[1:3])
try:
    "x".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "x".replace(1, "y")
except TypeError as e:
    print("TypeError:", e)
