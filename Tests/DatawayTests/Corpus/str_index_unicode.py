# Strings are indexed by code point, even outside the BMP.
s = "héllo"
print(len(s), s[0], s[1], s[-1], s[1:3], list(s))
e = "a😀b🎉c"
print(len(e), e[1], e[2], e[3], e[-2], e[::2], e[1::2], list(e))
print(len("日本語"), "日本語"[1], "日本語"[::-1])
combining = "e\u0301"
print(len(combining), repr(combining[0]), repr(combining[1]), repr(combining[::-1]))
flag = "🇳🇴"
print(len(flag), [hex(ord(c)) for c in flag])
family = "👨‍👩‍👧"
print(len(family), [hex(ord(c)) for c in family])
print(len("\u00e9"), len("\u0065\u0301"), "\u00e9" == "\u0065\u0301")
for i, ch in enumerate("añ😀"):
    print(i, ch, ord(ch), len(ch.encode()))
try:
    "héllo"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[-4]
except IndexError as e:
    print("IndexError:", e)
print("😀" * 3, ("😀" * 3)[1:], "x😀y".find("y"), "x😀y".index("😀"))
