from Crypto.Cipher import AES
key = b"k" * 16
c = AES.new(key, AES.MODE_CBC, iv=b"i" * 16)
c.encrypt(b"a" * 16)
try:
    c.decrypt(b"a" * 16)
except TypeError as e:
    print(e)
g = AES.new(key, AES.MODE_GCM, nonce=b"n" * 12)
g.encrypt(b"x")
try:
    g.update(b"aad")
except TypeError as e:
    print(e)
try:
    g.decrypt(b"x")
except TypeError as e:
    print(e)
g = AES.new(key, AES.MODE_GCM, nonce=b"n" * 12)
g.decrypt(b"x")
try:
    g.digest()
except TypeError as e:
    print(e)
