import struct
fmt = "<I16sHd?"
rec = struct.pack(fmt, 1001, "Widget".encode().ljust(16, b"\x00"), 7, 19.99, True)
print(len(rec), struct.calcsize(fmt))
print(rec)
i, name, qty, price, active = struct.unpack(fmt, rec)
print(i, name.rstrip(b"\x00").decode(), qty, price, active)
header = struct.pack(">HHI", 0xCAFE, 2, len(rec))
print(header.hex(), struct.unpack(">HHI", header))
