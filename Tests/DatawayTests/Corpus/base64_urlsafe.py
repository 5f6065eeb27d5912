import base64
data = bytes([251, 255, 254, 62, 63, 0, 1])
print(base64.b64encode(data))
print(base64.urlsafe_b64encode(data))
print(base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data)
print(base64.urlsafe_b64decode("-_-_"))
print(base64.b64encode(data, altchars=b"*."))
print(base64.b64decode(b"+/+/", altchars=b"-_"))
print(base64.b64decode("-_-_", altchars="-_"))
