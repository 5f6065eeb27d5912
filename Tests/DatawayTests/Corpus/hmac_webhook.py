import hmac
import hashlib
import base64
import json
secret = b"whsec_test"
body = json.dumps({"event": "order.paid", "amount": 1999}, separators=(",", ":"))
ts = "1700000000"
sig = hmac.new(secret, (ts + "." + body).encode(), hashlib.sha256).hexdigest()
print(body)
print("t=" + ts + ",v1=" + sig)
received = sig
print(hmac.compare_digest(received, hmac.new(secret, (ts + "." + body).encode(), hashlib.sha256).hexdigest()))
print(base64.b64encode(hmac.new(secret, body.encode(), hashlib.sha256).digest()).decode())
