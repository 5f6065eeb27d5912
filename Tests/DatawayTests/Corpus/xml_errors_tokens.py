# Invalid tokens, attributes and references.
docs = [
    '<a x="1" x="2"/>',
    "<a b=1/>",
    '<a x="<"/>',
    '<a b="1" c>',
    '<a b="1"c="2"/>',
    "<a>&foo;</a>",
    "<a>&#0;</a>",
    "<a>&#xD800;</a>",
    "<a>&#x110000;</a>",
    "<a>&#65</a>",
    "<a>&</a>",
    "<a>]]></a>",
    "<a>\x01</a>",
    ' <?xml version="1.0"?><a/>',
    "<!DOCTYPE a><a>&x;</a>",
]
for d in docs:
    try:
        Entity.from_bytes(d, "application/xml")["^value"]
        print("parsed?!")
    except ValueError as e:
        print(repr(d), "->", e)
