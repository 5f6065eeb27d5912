# strip/lstrip/rstrip with default whitespace and explicit character sets.
s = "  \t hello world \n\r "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcHELLOcba".strip("abc")))
print(repr("www.example.com".lstrip("w.")), repr("www.example.com".rstrip(".com")), repr("mississippi".rstrip("ips")))
print(repr("".strip()), repr("   ".strip()), repr("abc".strip("")), repr("abc".strip(None)))
print(repr("\u00a0nbsp\u3000".strip()), repr("\u2003em\u2028".strip()), repr("\x1c\x1dsep\x1e\x1f".strip()))
print(repr("\x85next\x0b\x0c".strip()), repr("\u200bzero-width\u200b".strip()))
print(repr("ééaéé".strip("é")), repr("日本日".strip("日")))
print(repr("123.4500".rstrip("0")), repr("0007".lstrip("0")), repr("000".lstrip("0")))
lines = ["  a  ", "b  ", "  c"]
print([l.strip() for l in lines])
try:
    "abc".strip(1)
except TypeError as e:
    print("TypeError:", e)
