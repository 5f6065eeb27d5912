from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad
import base64
key = b"k" * 32
iv = bytes(range(16))
ct = AES.new(key, AES.MODE_CBC, iv).encrypt(pad(b"transfer 100 to account 42", AES.block_size))
print(base64.b64encode(ct).decode())
print(unpad(AES.new(key, AES.MODE_CBC, iv=iv).decrypt(ct), 16))
c = AES.new(key, AES.MODE_CBC, iv=iv)
parts = c.encrypt(b"a" * 16) + c.encrypt(b"b" * 32)
print(parts == AES.new(key, AES.MODE_CBC, iv=iv).encrypt(b"a" * 16 + b"b" * 32))
c = AES.new(key, AES.MODE_CBC, iv=iv)
print(c.iv == iv, c.IV == iv, c.block_size)
