import hashlib
for f in [hashlib.md5, hashlib.sha1, hashlib.sha256, hashlib.sha512]:
    h = f()
    print(h.name, h.digest_size, h.block_size, len(h.digest()), len(h.hexdigest()))
