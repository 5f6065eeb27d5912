# Per-part headers are kept as written; content types are lower-cased like email does.
body = (
    b"--h\r\n"
    b'Content-Disposition: form-data; name="meta"\r\n'
    b"Content-Type: Application/JSON; charset=utf-8\r\n"
    b"X-Request-Id: 42\r\n"
    b"\r\n"
    b'{"a": 1}\r\n'
    b"--h\r\n"
    b"content-disposition: form-data; name=plain\r\n"
    b"\r\n"
    b"v\r\n"
    b"--h--\r\n"
)
e = Entity.from_bytes(body, "multipart/form-data; boundary=h")
for p in e["parts"]:
    print(p["name"], p["content_type"], p["headers"])
meta = e["meta"]
print(Entity.from_bytes(meta["value"], meta["content_type"])["a"])
