import struct
print(struct.pack("@bi", 1, 2))
print(struct.pack("@hbq", 1, 2, 3))
print(struct.unpack("@ci", b"a\x00\x00\x00\x07\x00\x00\x00"))
print(struct.pack("@l", -5), struct.pack("<l", -5))
print(struct.pack("@n", -1), struct.unpack("@N", b"\x01" * 8))
