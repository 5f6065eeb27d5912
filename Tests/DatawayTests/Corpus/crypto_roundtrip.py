from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad
import base64
import json
key = b"merchant-key-32-bytes-long!!!!!!"
iv = b"0000000000000000"
order = {"order_id": "A1001", "amount": "99.50", "currency": "CNY"}
plain = json.dumps(order, separators=(",", ":")).encode()
token = base64.b64encode(AES.new(key, AES.MODE_CBC, iv).encrypt(pad(plain, 16))).decode()
print(token)
back = json.loads(unpad(AES.new(key, AES.MODE_CBC, iv).decrypt(base64.b64decode(token)), 16))
print(back == order, back)
for size in [16, 24, 32]:
    k = bytes(range(size))
    print(size, AES.new(k, AES.MODE_ECB).encrypt(b"\x00" * 16).hex())
