import hmac
import hashlib
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.md5).hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha1).hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256).hexdigest())
print(hmac.new(b"", b"", "sha256").hexdigest())
