import struct
for v in [0.0, -0.0, 1.5, -2.25, 3.141592653589793, 1e300, float("inf"), 65504.0, 1e-5]:
    print(v, struct.pack("<d", v), struct.unpack("<d", struct.pack("<d", v))[0])
for v in [1.5, 0.1, -3.75, 1e38]:
    print(v, struct.pack(">f", v), struct.unpack(">f", struct.pack(">f", v))[0])
for v in [1.5, 0.1, -2.0, 65504.0, 6e-8]:
    print(v, struct.pack("<e", v), struct.unpack("<e", struct.pack("<e", v))[0])
print(struct.pack("<f", 2), struct.pack("<d", True))
