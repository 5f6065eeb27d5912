# bytes literals and repr escaping rules.
print(b"abc", b'single', b"with 'quote'", b'with "dq"', b"both ' \"")
print(b"\x00\x01\x7f\x80\xff", b"\t\n\r", b"\\", b"\x1b", rb"raw\n", len(rb"raw\n"))
print(repr(b""), repr(b"a"), bytes(range(0, 256, 17)))
print(bytes(range(32, 40)), bytes([9, 10, 13, 92, 39, 34]))
print(b"abc" == b"abc", b"abc" < b"abd", b"a" * 3, b"ab" + b"cd", len(b"\xff\xfe"))
print(type(b""), str(b"x"), repr(b"'\""), ascii(b"\xe9"))
print(b"%s=%d" % (b"k", 5), b"%05.1f|%x|%c" % (3.14159, 255, 65), b"%b" % b"raw")
print(bytes(b"copy"), bytes(3), bytes([]), bytes("é", "utf-8"), bytes("abc", encoding="ascii"))
for bad in [[256], [-1], ["a"], "str"]:
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(repr(e))
