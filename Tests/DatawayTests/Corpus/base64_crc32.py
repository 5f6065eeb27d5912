import binascii
print(binascii.crc32(b""), binascii.crc32(b"hello world"), binascii.crc32(b"The quick brown fox jumps over the lazy dog"))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(hex(binascii.crc32(bytes(range(256)))))
print(binascii.b2a_base64(b"abc"), binascii.b2a_base64(b"abc", newline=False), binascii.a2b_base64("YWJj"))
