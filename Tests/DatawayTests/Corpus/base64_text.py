import base64
import json
payload = {"user": "\u5f20\u4e09", "id": 42, "tags": ["a", "b"]}
raw = json.dumps(payload, ensure_ascii=False).encode("utf-8")
token = base64.b64encode(raw).decode("ascii")
print(token)
back = json.loads(base64.b64decode(token).decode("utf-8"))
print(back == payload, back["user"])
auth = "Basic " + base64.b64encode("admin:s3cr\u00e9t".encode()).decode()
print(auth)
user, _, pw = base64.b64decode(auth.split()[1]).decode().partition(":")
print(user, pw)
