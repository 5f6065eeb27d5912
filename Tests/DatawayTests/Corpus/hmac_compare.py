import hmac
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest("abc", "ab"))
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", bytearray(b"abc")), hmac.compare_digest(b"", b""))
try:
    hmac.compare_digest("abc", b"abc")
except TypeError as e:
    print(e)
