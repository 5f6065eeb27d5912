from Crypto.Cipher import AES
for key in [b"", b"short", b"k" * 17, b"k" * 33]:
    try:
        AES.new(key, AES.MODE_ECB)
    except ValueError as e:
        print(e)
key = b"k" * 16
try:
    AES.new(key, AES.MODE_ECB).encrypt(b"not aligned")
except ValueError as e:
    print(e)
try:
    AES.new(key, AES.MODE_CBC, iv=b"i" * 16).encrypt(b"not aligned")
except ValueError as e:
    print(e)
try:
    AES.new(key, AES.MODE_CBC, iv=b"short")
except ValueError as e:
    print(e)
try:
    AES.new(key, 99)
except ValueError as e:
    print(e)
try:
    AES.new(key, AES.MODE_GCM, nonce=b"")
except ValueError as e:
    print(e)
