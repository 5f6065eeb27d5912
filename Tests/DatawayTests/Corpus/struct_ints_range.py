import struct
for fmt in ["<b", "<B", "<h", "<H", "<i", "<I", "<q", "<Q", ">l", ">L"]:
    size = struct.calcsize(fmt)
    signed = fmt[1].islower()
    lo = -(1 << (size * 8 - 1)) if signed else 0
    hi = (1 << (size * 8 - 1)) - 1 if signed else (1 << (size * 8)) - 1
    print(fmt, struct.pack(fmt, lo).hex(), struct.pack(fmt, hi).hex(), struct.unpack(fmt, struct.pack(fmt, lo))[0], struct.unpack(fmt, struct.pack(fmt, hi))[0])
