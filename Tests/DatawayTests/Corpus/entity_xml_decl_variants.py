# XML declarations: single quotes, encoding case, encoding before version, utf-8 entity default.
bodies = [
    b"<?xml version='1.0' encoding='iso-8859-1'?><a>\xe9</a>",
    b'<?xml version="1.0" encoding="Latin-1" ?><a>\xe9</a>',
    '<?xml version="1.0" encoding="GB18030"?><a>中</a>'.encode("gb18030"),
    b'<?xml version="1.0"?><a>\xc3\xa9</a>',
]
for b in bodies:
    print(Entity.from_bytes(b, "application/xml")["a"])
