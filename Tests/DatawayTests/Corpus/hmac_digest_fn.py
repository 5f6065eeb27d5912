import hmac
import hashlib
print(hmac.digest(b"key", b"msg", "sha256").hex())
print(hmac.digest(b"key", b"msg", hashlib.sha1) == hmac.new(b"key", b"msg", hashlib.sha1).digest())
long_key = b"k" * 200
print(hmac.new(long_key, b"data", "sha256").hexdigest())
print(hmac.new(long_key, b"data", "sha512").hexdigest()[:32])
