import struct
print(struct.pack("<3h", 1, 2, 3), struct.unpack("<3h", struct.pack("<3h", -1, 0, 1)))
print(struct.pack("<2i2x2b", 7, 8, 1, 2))
print(struct.unpack("<2i2x2b", struct.pack("<2i2x2b", 7, 8, 1, 2)))
print(struct.pack("< i h", 1, 2), struct.calcsize("< i h"))
print(struct.pack(b"<H", 513))
