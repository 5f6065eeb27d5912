import base64
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"hello world", bytes(range(10))]:
    e = base64.b64encode(s)
    print(s, e, base64.b64decode(e))
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVsbG8="))
print(base64.standard_b64encode(b"data"), base64.standard_b64decode(b"ZGF0YQ=="))
