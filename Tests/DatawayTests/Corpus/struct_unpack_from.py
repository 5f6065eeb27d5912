import struct
buf = struct.pack("<HHI", 1, 2, 3) + struct.pack(">d", 2.5)
print(struct.unpack_from("<H", buf), struct.unpack_from("<H", buf, 2), struct.unpack_from("<I", buf, offset=4))
print(struct.unpack_from(">d", buf, 8), struct.unpack_from("<I", buf, -12))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
