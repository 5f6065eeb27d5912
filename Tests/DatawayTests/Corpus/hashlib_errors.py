import hashlib
try:
    hashlib.sha256("text")
except TypeError as e:
    print(e)
h = hashlib.md5()
try:
    h.update("text")
except TypeError as e:
    print(e)
print(hashlib.md5("text".encode("utf-8")).hexdigest())
print(hashlib.sha256(bytearray(b"abc")).hexdigest())
print(hashlib.md5(string=b"kw").hexdigest(), hashlib.sha1(b"x", usedforsecurity=False).hexdigest())
