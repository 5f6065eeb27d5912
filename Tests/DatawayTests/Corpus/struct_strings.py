import struct
print(struct.pack("5s", b"abc"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"x"))
print(struct.unpack("3s2s", b"abcde"))
print(struct.pack("5p", b"abc"), struct.pack("3p", b"abcdef"), struct.unpack("5p", b"\x03abcX"))
print(struct.pack("c", b"z"), struct.pack("3c", b"a", b"b", b"c"), struct.unpack("2c", b"xy"))
print(struct.pack("??", True, 0), struct.pack("?", []), struct.unpack("??", b"\x00\x05"))
