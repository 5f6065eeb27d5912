# Broken XML raises ValueError naming the format and expat's line and column.
docs = [
    "<a>x</b>",
    "<a><b></a>",
    "<a>\n <b>\n</a>",
    "<a>é😀</b>",
    "<a><b/></c>",
    "<a/><b/>",
    "<a>x</a><b>",
    "<?xml version=\"1.0\"?>\n<a>x<!-- c --></a>junk",
    "<a>1</a>\ntrailing",
    "<1a/>",
    "<a>< b</a>",
]
for d in docs:
    try:
        Entity.from_bytes(d, "application/xml")["^value"]
        print("parsed?!")
    except ValueError as e:
        print(e)
