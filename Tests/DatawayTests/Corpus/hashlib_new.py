import hashlib
for name in ["md5", "sha1", "sha256", "sha384", "sha512", "SHA256"]:
    h = hashlib.new(name, b"data")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:32])
try:
    hashlib.new("nope")
except ValueError as e:
    print(e)
h = hashlib.new("sha256")
h.update(b"x")
print(h.hexdigest())
