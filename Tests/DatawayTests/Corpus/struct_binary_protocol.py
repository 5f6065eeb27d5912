import struct
def frame(msg_type, payload):
    return struct.pack(">BI", msg_type, len(payload)) + payload
def parse(data):
    out = []
    pos = 0
    while pos < len(data):
        t, n = struct.unpack_from(">BI", data, pos)
        pos += 5
        out.append((t, data[pos:pos + n]))
        pos += n
    return out
stream = frame(1, b"hello") + frame(2, struct.pack("<ff", 1.5, -2.5)) + frame(3, b"")
print(stream.hex())
for t, p in parse(stream):
    print(t, p, struct.unpack("<ff", p) if t == 2 else None)
