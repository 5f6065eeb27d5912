import base64
import binascii
print(base64.b64decode("aGV sbG8=\n"))
print(base64.b64decode("a#GVsbG8="))
for s in ["aGVsbG8=", "aGV sbG8=", "=aGVsbG8", "aGVsbG8==", "aGVs=bG8=", "aGVsbG8=x"]:
    try:
        print(s, base64.b64decode(s, validate=True))
    except binascii.Error as e:
        print(s, repr(e))
