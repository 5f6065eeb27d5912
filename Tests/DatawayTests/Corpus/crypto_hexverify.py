from Crypto.Cipher import AES
key = b"h" * 16
c = AES.new(key, AES.MODE_GCM, nonce=b"hexnonce1234")
ct = c.encrypt(b"data")
hx = c.hexdigest()
print(ct.hex(), hx)
d = AES.new(key, AES.MODE_GCM, nonce=b"hexnonce1234")
d.decrypt(ct)
d.hexverify(hx)
print("ok")
d2 = AES.new(key, AES.MODE_GCM, nonce=b"hexnonce1234")
d2.decrypt(ct)
try:
    d2.hexverify("00" * 16)
except ValueError as e:
    print(e)
