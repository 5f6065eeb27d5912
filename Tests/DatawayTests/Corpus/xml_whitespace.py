# Text is stripped; whitespace-only text disappears; line ends are normalised.
docs = [
    "<a>\n   <b>1</b>\n</a>",
    "<a>  \t </a>",
    "<a>line1\r\nline2\rline3</a>",
    '<a v="x\ny\tz  w"/>',
    '<a v="a\r\nb"/>',
    "<a> inner  spaces  kept </a>",
    "<a>\n  text\n  <b/>\n  more\n</a>",
    "<a>\u3000wide\u3000</a>",
    "<a>\u00a0nbsp\u00a0</a>",
]
for d in docs:
    print(repr(Entity.from_bytes(d, "application/xml")["^value"]))
