from Crypto.Cipher import AES
key = bytes(range(32))
nonce = b"unique nonce"
c = AES.new(key, AES.MODE_GCM, nonce=nonce)
c.update(b"header")
ct, tag = c.encrypt_and_digest(b"top secret payload")
print(ct.hex(), tag.hex())
d = AES.new(key, AES.MODE_GCM, nonce=nonce)
d.update(b"header")
print(d.decrypt_and_verify(ct, tag))
bad = AES.new(key, AES.MODE_GCM, nonce=nonce)
bad.update(b"HEADER")
try:
    bad.decrypt_and_verify(ct, tag)
except ValueError as e:
    print(e)
