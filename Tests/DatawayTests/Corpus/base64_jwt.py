import base64
import json
def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
def unb64url(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
body = b64url(json.dumps({"sub": "1234567890", "name": "John Doe", "iat": 1516239022}, separators=(",", ":")).encode())
print(header)
print(body)
print(json.loads(unb64url(body)))
for n in range(6):
    s = b64url(b"x" * n)
    print(n, s, unb64url(s))
