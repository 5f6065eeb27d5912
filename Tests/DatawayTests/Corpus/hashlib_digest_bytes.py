import hashlib
d = hashlib.sha1(b"abc").digest()
print(d)
print(d.hex(), isinstance(d, bytes))
print(list(hashlib.md5(b"").digest()))
print(int.from_bytes(hashlib.sha256(b"seed").digest()[:4], "big"))
