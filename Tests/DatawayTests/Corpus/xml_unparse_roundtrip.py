# parse(unparse(x)) == x for values made only of strings, dicts and lists of dicts.
values = [
    {"root": {"@id": "1", "name": "n", "kids": {"kid": [{"@n": "1"}, {"@n": "2", "#text": "two"}]}}},
    {"a": {"b": {"c": {"d": "deep"}}}},
    {"a": {"#text": "only text", "@attr": "v"}},
    {"m": {"x": ["1", "2", "3"], "y": "4"}},
    {"u": {"ключ": "значение", "键": "值"}},
]
for v in values:
    e = Entity.from_value(v, mime_type="application/xml")
    back = Entity.from_bytes(e["^blob"], "application/xml")["^value"]
    print(back == v, back)
