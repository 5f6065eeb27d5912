# Files: bytes values, file names (with spaces and quotes), default content type absent.
form = {"parts": [
    {"name": "upload", "filename": "my report.pdf", "content_type": "application/pdf", "value": b"%PDF-1.4 fake"},
    {"name": "notes", "filename": 'say "hi".txt', "value": "text file\r\nsecond line"},
    {"name": "comment", "value": "no file"},
]}
e = Entity.from_value(form, mime_type="multipart/form-data; boundary=FILES")
print(e["^blob"].decode())
for p in e["parts"]:
    print(repr(p["name"]), repr(p["filename"]), p["content_type"], repr(p["value"]))
