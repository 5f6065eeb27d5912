# Text and attribute escaping (xml.sax.saxutils escape / quoteattr).
values = [
    {"a": "x < y & y > z"},
    {"a": {"@q": 'say "hi"'}},
    {"a": {"@q": "it's"}},
    {"a": {"@q": "both \" and '"}},
    {"a": {"@w": "tab\there\nnewline\rcr"}},
    {"a": "tab\there\nnewline"},
    {"a": "中文 ünïcödé 😀"},
    {"a": {"@amp": "a&b<c>d"}},
    {"a": "]]>"},
]
for v in values:
    print(Entity.from_value(v, mime_type="text/xml")["^blob"].decode())
