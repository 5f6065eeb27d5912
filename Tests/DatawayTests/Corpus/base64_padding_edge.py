import base64
import binascii
for s in ["YQ==", "YQ", "YQ=", "YWI=", "YWI", "YWJj", "YWJjZA", "YWJjZA=", "YWJjZA==", "YWJjZA===", "Y W J j", "YQ==YQ=="]:
    try:
        print(repr(s), base64.b64decode(s))
    except binascii.Error as e:
        print(repr(s), e)
