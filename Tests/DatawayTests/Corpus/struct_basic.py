import struct
print(struct.pack("<i", 1), struct.pack(">i", 1), struct.pack("<h", -2), struct.pack(">H", 65535))
print(struct.unpack("<i", b"\x01\x00\x00\x00"), struct.unpack(">I", b"\xff\xff\xff\xff"))
print(struct.pack("<q", -1), struct.unpack("<Q", b"\xff" * 8))
print(struct.pack("!I", 0x12345678), struct.pack("=H", 0x1234))
print(struct.pack("bB", -128, 255), struct.unpack("bB", b"\x80\xff"))
