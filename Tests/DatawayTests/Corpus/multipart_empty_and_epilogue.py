# A form with no parts, and whitespace after the boundaries.
e = Entity.from_value({"parts": []}, mime_type="multipart/form-data; boundary=E")
print(repr(e["^blob"]))
body = b"--W  \r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--W--  \r\n"
print([(p["name"], p["value"]) for p in Entity.from_bytes(body, "multipart/form-data; boundary=W")["parts"]])
