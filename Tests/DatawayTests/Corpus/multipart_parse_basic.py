# A multipart/form-data body: fields and a file, addressable by index or by name.
body = (
    "--XyZ\r\n"
    'Content-Disposition: form-data; name="title"\r\n'
    "\r\n"
    "Quarterly report\r\n"
    "--XyZ\r\n"
    'Content-Disposition: form-data; name="file"; filename="q3.csv"\r\n'
    "Content-Type: text/csv\r\n"
    "\r\n"
    "a,b\r\n1,2\r\n"
    "--XyZ\r\n"
    'Content-Disposition: form-data; name="tag"\r\n'
    "\r\n"
    "finance\r\n"
    "--XyZ\r\n"
    'Content-Disposition: form-data; name="tag"\r\n'
    "\r\n"
    "q3\r\n"
    "--XyZ--\r\n"
)
e = Entity.from_bytes(body, "multipart/form-data; boundary=XyZ")
v = e["^value"]
print(v["boundary"], len(v["parts"]))
for p in v["parts"]:
    print(p["name"], p["filename"], p["content_type"], repr(p["value"]))
    print(p["headers"])
print(e[0]["value"], e[-1]["value"])
print(e["title"]["value"])
print(e["file"]["filename"], e["file"]["value"])
print([p["value"] for p in e["*tag"]], e["*missing"])
print(e["boundary"])
