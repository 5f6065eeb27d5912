import base64
import binascii
for bad in ["abc", "a", "abcde", "ab=c", "====", "YQ", "YQ="]:
    try:
        print(bad, base64.b64decode(bad))
    except binascii.Error as e:
        print(bad, repr(e))
try:
    base64.b64encode("text")
except TypeError as e:
    print(e)
try:
    base64.b64decode("caf\u00e9")
except ValueError as e:
    print(e)
try:
    base64.b64decode(123)
except TypeError as e:
    print(e)
print(isinstance(binascii.Error("x"), ValueError))
