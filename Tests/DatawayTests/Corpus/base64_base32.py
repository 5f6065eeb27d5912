import base64
import binascii
for s in [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", b"hello world!"]:
    e = base64.b32encode(s)
    print(s, e, base64.b32decode(e))
print(base64.b32decode("mzxw6===", casefold=True))
print(base64.b32hexencode(b"foo"))
print(base64.b32hexdecode(b"CPNMU==="))
for bad in ["MZXW6", "MZXW6!==", "M======="]:
    try:
        print(base64.b32decode(bad))
    except binascii.Error as e:
        print(repr(e))
