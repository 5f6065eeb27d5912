from Crypto.Util.Padding import pad, unpad
for style in ["pkcs7", "x923", "iso7816"]:
    for data in [b"", b"a", b"abcdefg", b"abcdefgh"]:
        p = pad(data, 8, style=style)
        print(style, data, p, unpad(p, 8, style=style))
print(pad(b"x" * 15, 16), pad(b"x" * 16, 16)[-1])
