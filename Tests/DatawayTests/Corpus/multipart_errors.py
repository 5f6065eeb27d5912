# Bad boundaries and undecodable parts raise ValueError naming multipart/form-data.
cases = [
    (b"--a\r\n\r\nx\r\n--a--\r\n", "multipart/form-data"),
    (b"--other\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--other--\r\n", "multipart/form-data; boundary=mine"),
    (b"--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n", "multipart/form-data; boundary=b"),
    (b"", "multipart/form-data; boundary=b"),
    (b"--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\xff\xfe\r\n--b--\r\n", "multipart/form-data; boundary=b"),
]
for body, mime in cases:
    try:
        print(Entity.from_bytes(body, mime)["^value"])
    except ValueError as e:
        print(e)
