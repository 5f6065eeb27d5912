# Case conversion and predicates on bytes are ASCII-only.
b = b"Hello World caf\xc3\xa9 123"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"\xc3\xa9".isalpha(), b"".isalpha(), b"Title Case".istitle(), b"abc".isascii(), b"\x80".isascii())
print(b"HeLLo".upper() == b"HELLO", b"straSSe".lower())
table = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(table), b"hello".translate(None, b"l"))
print(b"MiXeD".swapcase().decode())
print(b"hello world".title(), b"o'neil".title(), b"\xe9t\xe9".upper())
print(b"Abc".lower() == b"abc", b"abc".upper() == b"ABC")
print(b"12 ab".isdigit(), b"\x00".isspace(), b"\x0b\x0c".isspace(), b"\x1c".isspace())
print([c for c in b"a1 B" if bytes([c]).isalpha()])
