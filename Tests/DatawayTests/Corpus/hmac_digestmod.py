import hmac
import hashlib
for dm in ["md5", "sha1", "sha256", "sha512", hashlib.sha256, hashlib.md5]:
    h = hmac.new(b"secret", b"message", dm)
    print(h.name, h.digest_size, h.block_size, h.hexdigest()[:20])
print(hmac.new(b"k", msg=b"m", digestmod="sha256").hexdigest())
try:
    hmac.new(b"k", b"m")
except TypeError as e:
    print(e)
