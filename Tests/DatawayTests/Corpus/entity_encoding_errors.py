# Undecodable bodies: the error names the format, the codec and the byte position.
cases = [
    (b"<a>\xff</a>", "application/xml", "utf-8"),
    (b'<?xml version="1.0" encoding="utf-8"?><a>\xc3\x28</a>', "application/xml", "latin-1"),
    (b"a,b\r\n1,\x81\r\n", "text/csv", "gbk"),
    (b"a,b\r\n1,\xe4\xb8", "text/csv", "utf-8"),
    (b'<?xml version="1.0" encoding="nope"?><a/>', "application/xml", "utf-8"),
]
for body, mime, enc in cases:
    try:
        print(Entity.from_bytes(body, mime, enc)["^value"])
    except ValueError as e:
        print(e)
    except LookupError as e:
        print("LookupError:", e)
