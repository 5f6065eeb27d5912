from Crypto.Cipher import AES
key = b"K" * 24
c = AES.new(key, AES.MODE_GCM, nonce=b"0" * 12, mac_len=8)
ct, tag = c.encrypt_and_digest(b"short tag")
print(ct.hex(), tag.hex(), len(tag))
d = AES.new(key, AES.MODE_GCM, nonce=b"0" * 12, mac_len=8)
print(d.decrypt_and_verify(ct, tag))
c = AES.new(key, AES.MODE_GCM, nonce=b"0" * 12)
c.encrypt(b"x")
print(c.hexdigest())
