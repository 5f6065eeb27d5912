# "#text" None, empty attribute values, keys that are only "@" or "#text", and an empty root dict.
values = [
    {"a": {"#text": None, "@x": ""}},
    {"a": {"#text": "", "b": None}},
    {"a": {}},
    {"a": {"b": {}}},
    {"a": [None]},
    {"a": [{"#text": "1"}]},
]
for v in values:
    print(Entity.from_value(v, mime_type="application/xml")["^blob"].decode().split("\n")[1])
