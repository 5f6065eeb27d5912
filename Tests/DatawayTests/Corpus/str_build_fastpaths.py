parts = ["a", "", "é", "漢字", "b c", ""]
for sep in ["", ",", "–", " | "]:
    j = sep.join(parts)
    print(repr(j), len(j), j.isascii(), sep.join([]), sep.join(["x"]), sep.join(("p", "q")))
    print(len(sep.join(p for p in parts if p)), sep.join(x.upper() for x in parts))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
a, b = "ab", "çd"
c = a + b
print(c, len(c), c.isascii(), len("" + ""), ("x" + "") == "x", (a + a).count("a"))
for s in ["  hi  ", "\tç x\n", "", "   ", "xx", "é"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), len(s.strip()), s.strip().isascii(), repr(s.strip("x")))
for s in ["k=v", "=v", "k=", "é=ü=x", "none", ""]:
    h, sep, t = s.partition("=")
    print(repr(h), repr(sep), repr(t), len(h), len(t), t.isascii(), s.rpartition("="))
n, x = 3, "ü"
f = f"{n}:{x}:{n * 2}{x}"
print(f, len(f), f.isascii(), f"{''}", len(f"{x}{x}"))
