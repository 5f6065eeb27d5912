# Decoding bytes with utf-8, latin-1, ascii and error handlers.
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"))
print(b"\xf0\x9f\x98\x80".decode(), len(b"\xf0\x9f\x98\x80".decode()))
print(b"abc".decode("ascii"), b"".decode(), bytearray(b"ba").decode())
for data in [b"\xff", b"abc\x80def", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\xc0\xaf"]:
    try:
        print(data.decode())
    except UnicodeError as e:
        print("UnicodeError:", e)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"a\xffb".decode("utf-8", errors="backslashreplace"))
try:
    b"\x80".decode("ascii")
except UnicodeError as e:
    print("UnicodeError:", e)
    print(isinstance(e, ValueError), repr(e))
print(b"\xef\xbb\xbfBOM".decode("utf-8"), repr(b"\xef\xbb\xbfBOM".decode("utf-8-sig")))
