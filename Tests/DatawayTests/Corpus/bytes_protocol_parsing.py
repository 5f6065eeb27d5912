# Parsing a tiny length-prefixed binary protocol with bytes slicing and int.from_bytes.
def encode_frame(kind, payload):
    return bytes([kind]) + len(payload).to_bytes(2, "big") + payload
stream = encode_frame(1, b"hello") + encode_frame(2, "héllo".encode()) + encode_frame(3, b"") + encode_frame(9, bytes(range(5)))
print(stream, len(stream))
print(stream.hex(" "))
pos = 0
frames = []
while pos < len(stream):
    kind = stream[pos]
    length = int.from_bytes(stream[pos + 1:pos + 3], "big")
    payload = stream[pos + 3:pos + 3 + length]
    frames.append((kind, length, payload))
    pos += 3 + length
for kind, length, payload in frames:
    text = payload.decode("utf-8", "replace") if kind in (1, 2) else payload.hex()
    print(kind, length, payload, repr(text))
checksum = sum(stream) % 256
print("checksum", checksum, hex(checksum), (-checksum) % 256, (sum(stream) + (-checksum) % 256) % 256)
xored = bytes(b ^ 0x5A for b in b"secret")
print(xored, bytes(b ^ 0x5A for b in xored))
