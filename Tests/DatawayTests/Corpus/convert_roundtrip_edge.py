# Round trips with awkward text: markup characters, quotes, unicode, whitespace inside text.
texts = ["a & b", "<tag>", 'q "d" \'s\'', "中文 😀", "x\ny", "tab\tx", "]]>", "&amp; literal"]
doc = {"r": {"t": texts, "@attr": 'both " and \' <&>'}}
x = Entity.from_value(doc, mime_type="application/xml")
print(x["^value"] == doc)
print(x["^value"]["r"]["@attr"])
rows = [{"text": t, "i": str(i)} for i, t in enumerate(texts)]
c = Entity.from_value(rows, mime_type="application/csv")
print(c["^value"] == rows)
y = Entity.from_value({"r": {"t": "  padded  "}}, mime_type="application/xml")
print(repr(y["r"]["t"]))
z = Entity.from_value({"r": {"@a": "line\nbreak", "#text": "t"}}, mime_type="application/xml")
print(repr(z["r"]["@a"]), z["^blob"].decode().split("\n")[1])
