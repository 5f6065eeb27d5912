# Parsing XML bodies: the root key, attributes as "@name", text as "#text", repeated children.
import json

docs = [
    "<a>hello</a>",
    "<a/>",
    "<a></a>",
    "<a>  spaced out  </a>",
    '<a x="1" y="two">text</a>',
    '<a x="1"/>',
    "<a><b>1</b><b>2</b><c>3</c></a>",
    "<a><b>1</b><c/><b>2</b></a>",
    "<a>x<b/>y</a>",
    "<order><id>7</id><lines><line sku='A'>2</line><line sku='B'>1</line></lines></order>",
]
for d in docs:
    e = Entity.from_bytes(d, "application/xml")
    v = e["^value"]
    print(json.dumps(v))
