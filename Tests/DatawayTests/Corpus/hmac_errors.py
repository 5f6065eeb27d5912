import hmac
try:
    hmac.new("key", b"msg", "sha256")
except TypeError as e:
    print(e)
try:
    hmac.new(b"key", "msg", "sha256")
except TypeError as e:
    print(e)
try:
    hmac.new(b"key", b"msg", "nosuch")
except ValueError as e:
    print(e)
h = hmac.new(b"key", b"msg", "md5")
try:
    h.update("text")
except TypeError as e:
    print(e)
