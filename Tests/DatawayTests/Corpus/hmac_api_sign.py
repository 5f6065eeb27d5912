import hmac
import hashlib
import base64
def sign(secret, method, path, query, ts):
    canonical = "\n".join([method, path, "&".join(sorted(query)), ts])
    mac = hmac.new(secret.encode(), canonical.encode(), hashlib.sha256)
    return canonical, base64.b64encode(mac.digest()).decode()
c, s = sign("topsecret", "GET", "/v1/orders", ["b=2", "a=1"], "2024-01-01T00:00:00Z")
print(c)
print(s)
print(hmac.new(b"k", b"m", hashlib.sha1).hexdigest().upper())
