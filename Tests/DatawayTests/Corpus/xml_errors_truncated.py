# Truncated documents: "no element found" or "unclosed token" at the right place.
docs = [
    "",
    "   ",
    "<a>",
    "<a>text",
    "<a><b>",
    "<a",
    '<a x="1',
    "<a>&amp",
    "<a><!-- x",
    "<a></a",
    "<?xml",
    "<a>x</a>\n\n<",
    "<a><![CDATA[x",
]
for d in docs:
    try:
        Entity.from_bytes(d, "application/xml")["^value"]
        print("parsed?!")
    except ValueError as e:
        print(repr(d), "->", e)
