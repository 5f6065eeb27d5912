# Parse a form, change it, write it back: the parts survive.
# (Binary bodies here avoid a bare LF: the email generator rewrites it to CRLF, Dataway writes bytes as they are.)
body = (
    b"--r\r\n"
    b'Content-Disposition: form-data; name="user"\r\n\r\n'
    b"ann\r\n"
    b"--r\r\n"
    b'Content-Disposition: form-data; name="avatar"; filename="a.png"\r\n'
    b"Content-Type: image/png\r\n\r\n"
    b"\x89PNG\r\n\x1a\x00\r\n"
    b"--r--\r\n"
)
e = Entity.from_bytes(body, "multipart/form-data; boundary=r")
v = e["^value"]
v["parts"][0]["value"] = v["parts"][0]["value"].upper()
again = Entity.from_value(v, mime_type="multipart/form-data")
print(again["^mime_type"])
print(again["^blob"] == body.replace(b"ann", b"ANN"))
w = again["^value"]
print(w == v)
print(w["parts"][1]["value"], w["parts"][1]["content_type"])
