import hashlib
data = bytes(range(256)) * 400
print(hashlib.sha512(data).hexdigest())
h = hashlib.sha256()
for i in range(0, len(data), 1000):
    h.update(data[i:i + 1000])
print(h.hexdigest() == hashlib.sha256(data).hexdigest())
print(hashlib.md5(b"a" * 1000).hexdigest())
