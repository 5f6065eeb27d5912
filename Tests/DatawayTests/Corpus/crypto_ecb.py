from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad
key = b"0123456789abcdef"
cipher = AES.new(key, AES.MODE_ECB)
for msg in [b"", b"hello", b"exactly 16 bytes", b"a longer message that spans blocks"]:
    ct = AES.new(key, AES.MODE_ECB).encrypt(pad(msg, 16))
    print(len(ct), ct.hex())
    print(unpad(AES.new(key, AES.MODE_ECB).decrypt(ct), 16))
print(cipher.encrypt(b"A" * 32).hex())
