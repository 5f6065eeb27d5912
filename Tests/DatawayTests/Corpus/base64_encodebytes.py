import base64
data = bytes(range(256)) * 2
enc = base64.encodebytes(data)
print(enc.count(b"\n"), len(enc))
print(enc[:80])
print(base64.decodebytes(enc) == data)
print(base64.encodebytes(b""), base64.encodebytes(b"short"))
print(base64.decodebytes(b"c2hvcnQ=\n"))
