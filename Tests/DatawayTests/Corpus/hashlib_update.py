import hashlib
h = hashlib.sha256()
h.update(b"hello ")
h.update(b"world")
print(h.hexdigest())
print(hashlib.sha256(b"hello world").hexdigest() == h.hexdigest())
h2 = hashlib.md5(b"a")
for i in range(5):
    h2.update(str(i).encode())
print(h2.hexdigest())
print(h.digest()[:8], len(h.digest()))
