import base64
import binascii
print(base64.b16encode(b"\x00\x01\xfe\xff hello"))
print(base64.b16decode("48656C6C6F"))
print(base64.b16decode("48656c6c6f", casefold=True))
for bad in ["4865Z6", "486", "48656c"]:
    try:
        print(base64.b16decode(bad))
    except binascii.Error as e:
        print(repr(e))
print(binascii.hexlify(b"abc"), binascii.unhexlify("616263"), binascii.b2a_hex(b"\xff"), binascii.a2b_hex(b"00ff"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print(repr(e))
