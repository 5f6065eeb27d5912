import hashlib
for name in ["md5", "sha1", "sha256", "sha512"]:
    h = getattr(hashlib, name)(b"abc")
    print(name, h.hexdigest())
print(hashlib.md5().hexdigest())
print(hashlib.sha256(b"").hexdigest())
print(hashlib.sha1(b"The quick brown fox jumps over the lazy dog").hexdigest())
