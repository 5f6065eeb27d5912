# Line and column of errors in multi-line documents (CRLF, tabs and unicode before the error).
docs = [
    "<a>\r\n  <b>\r\n  </c>\r\n</a>",
    "<a>\n\t<b x='1' x='2'/>\n</a>",
    "<a>\n  <名字>值</名前>\n</a>",
    "<?xml version='1.0'?>\n<!-- c -->\n<a>\n  &bogus;\n</a>",
    "<a>\n\n\n</a>\n\n<b/>",
]
for d in docs:
    try:
        Entity.from_bytes(d, "application/xml")["^value"]
    except ValueError as e:
        print(e)
