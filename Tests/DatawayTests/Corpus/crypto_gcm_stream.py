from Crypto.Cipher import AES
key = b"0123456789abcdef"
c = AES.new(key, AES.MODE_GCM, nonce=b"n" * 16)
a = c.encrypt(b"first part, ")
b = c.encrypt(b"second part")
tag = c.digest()
print(a.hex(), b.hex(), tag.hex())
d = AES.new(key, AES.MODE_GCM, nonce=b"n" * 16)
p = d.decrypt(a + b)
print(p)
d.verify(tag)
print("verified")
e = AES.new(key, AES.MODE_GCM, nonce=b"n" * 16)
e.decrypt(a)
try:
    e.verify(tag)
except ValueError as err:
    print(err)
print(AES.new(key, AES.MODE_GCM, nonce=b"x" * 12).encrypt_and_digest(b"")[1].hex())
