from Crypto.Util.Padding import pad, unpad
cases = [(b"", 16, "pkcs7"), (b"abc", 16, "pkcs7"), (b"a" * 15 + b"\x00", 16, "pkcs7"), (b"a" * 15 + b"\x11", 16, "pkcs7"), (b"a" * 14 + b"\x01\x02", 16, "pkcs7"), (b"a" * 13 + b"\x01\x00\x03", 16, "x923"), (b"a" * 16, 16, "iso7816"), (b"a" * 14 + b"\x80\x01", 16, "iso7816"), (b"a" * 16, 16, "nope")]
for data, bs, style in cases:
    try:
        print(unpad(data, bs, style=style))
    except ValueError as e:
        print(style, repr(e))
try:
    pad(b"x", 16, style="nope")
except ValueError as e:
    print(e)
