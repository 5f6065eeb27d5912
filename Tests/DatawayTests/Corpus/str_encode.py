# str.encode with utf-8 and other codecs, and error handlers.
for s in ["abc", "héllo", "日本", "😀", "", "\x00\x7f"]:
    print(repr(s), s.encode(), s.encode("utf-8"), len(s), len(s.encode()))
print("é".encode("latin-1"), "abc".encode("ascii"), "€".encode("utf-8"))
print("naïve".encode("ascii", "ignore"), "naïve".encode("ascii", "replace"))
print("naïve".encode("ascii", "backslashreplace"), "naïve".encode("ascii", "xmlcharrefreplace"))
try:
    "naïve".encode("ascii")
except UnicodeError as e:
    print("UnicodeError:", e)
    print(isinstance(e, ValueError))
try:
    "😀".encode("latin-1")
except UnicodeError as e:
    print("UnicodeError:", e)
print("héllo".encode().decode(), "日本".encode("utf-8").decode("utf-8") == "日本")
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"))
print(b"abc\xff".decode("utf-8", "replace"), b"abc\xff".decode("utf-8", "ignore"))
print(b"abc\xff".decode("utf-8", "backslashreplace"))
print(type("x".encode()), "x".encode() == b"x")
