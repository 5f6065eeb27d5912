# Arithmetic-like operators and comparisons on bytes.
a = b"abc"
b = b"abd"
print(a + b, a * 2, 2 * a, a < b, a <= a, a > b, a == bytearray(a), a != b)
print(b"" < b"\x00", b"\xff" > b"\xfe\xff", sorted([b"b", b"a", b"ab", b""]))
print(a + bytearray(b"!"), type(a + bytearray(b"!")), type(bytearray(b"!") + a))
print(min(b"zyx"), max([b"z", b"yy"]), b"a" in [b"a"], a.count(b"b"))
try:
    print(a + "d")
except TypeError as e:
    print("TypeError:", e)
try:
    print(a < "abc")
except TypeError as e:
    print("TypeError:", e)
print(a == "abc", hash(b"x") == hash(b"x"))
print(bytes(5) == b"\x00" * 5, b"ab" * 0, repr(b"ab" * -1))
print(b"%s and %s" % (b"x", b"y"), b"%s" % b"q", b"%r" % b"q")
