# bytes() and bytearray() constructors.
print(bytes(), bytes(4), bytes([65, 66]), bytes(range(3)), bytes(b"x"), bytes(bytearray(b"y")))
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes(map(ord, "hi")), bytes((1,)))
print(bytearray(), bytearray(2), bytearray([1, 255]), bytearray("é", "utf-8"), bytearray(b"raw"))
print(bytes(bytearray(b"conv")) == b"conv", bytearray(b"c") == bytes(b"c"), type(bytes(bytearray())))
for args in [("x",), ([256],), ([-1],), (-1,), ("é", "ascii"), (1.5,), ([1.0],)]:
    try:
        print(bytes(*args))
    except (TypeError, ValueError, UnicodeError) as e:
        print(repr(e))
print(list(bytes("ab", "utf-8")), bytes(3)[0], bytearray(b"ab")[-1])
