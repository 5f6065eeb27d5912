import base64
ba = bytearray(b"mutable data")
print(base64.b64encode(ba), base64.b32encode(ba), base64.b16encode(ba))
print(base64.b64decode(bytearray(b"bXV0YWJsZQ==")))
print(type(base64.b64encode(ba)) is bytes)
for n in range(0, 8):
    raw = bytes([n * 37 % 256] * n)
    assert base64.b64decode(base64.b64encode(raw)) == raw
    assert base64.b32decode(base64.b32encode(raw)) == raw
    assert base64.b16decode(base64.b16encode(raw)) == raw
print("ok")
