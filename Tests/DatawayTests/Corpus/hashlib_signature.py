import hashlib
params = {"appid": "wx123", "nonce": "abc", "timestamp": "1700000000", "body": "hello"}
secret = "s3cret"
text = "&".join(k + "=" + params[k] for k in sorted(params)) + "&key=" + secret
sign = hashlib.md5(text.encode()).hexdigest().upper()
print(text)
print(sign)
print(hashlib.sha256((text).encode()).hexdigest())
