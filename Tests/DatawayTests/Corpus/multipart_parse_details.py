# Preamble and epilogue, quoted boundaries, charsets, empty values, LF-only delimiters.
def show(body, mime, encoding="utf-8"):
    e = Entity.from_bytes(body, mime, encoding)
    for p in e["parts"]:
        print(repr(p["name"]), repr(p["filename"]), p["content_type"], repr(p["value"]))

show(b'This is a preamble.\r\n--b1\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b1--\r\nepilogue here\r\n',
     'multipart/form-data; boundary="b1"')
show(b'--b2\r\nContent-Disposition: form-data; name="empty"\r\n\r\n\r\n--b2\r\nContent-Disposition: form-data; name="x"\r\n\r\nline1\r\nline2\r\n--b2--',
     "multipart/form-data; boundary=b2")
show('--b3\r\nContent-Disposition: form-data; name="city"\r\nContent-Type: text/plain; charset=gbk\r\n\r\n'.encode() + "北京".encode("gbk") + b"\r\n--b3--\r\n",
     "multipart/form-data; boundary=b3")
show("--b4\r\nContent-Disposition: form-data; name=\"名字\"\r\n\r\n张三\r\n--b4--\r\n".encode("utf-8"), "multipart/form-data; boundary=b4")
show(b'--b5\nContent-Disposition: form-data; name="lf"\n\nunix\n--b5--\n', "multipart/form-data; boundary=b5")
show(b'--b6\r\nContent-Disposition: form-data; name="bin"; filename="x.bin"\r\nContent-Type: application/octet-stream\r\nX-Extra: yes\r\n\r\n\x00\x01\x02\xff\r\n--b6--\r\n',
     "multipart/form-data; boundary=b6")
show(b'--b7\r\nContent-Disposition: form-data; name="latin"\r\n\r\ncaf\xe9\r\n--b7--\r\n', "multipart/form-data; boundary=b7", "latin-1")
