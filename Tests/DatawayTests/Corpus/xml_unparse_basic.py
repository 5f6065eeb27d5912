# Entity.from_value(..., mime_type="application/xml") writes what xmltodict.unparse writes.
values = [
    {"a": "hello"},
    {"a": None},
    {"a": ""},
    {"a": {"@x": "1", "@y": "two", "#text": "body"}},
    {"a": {"b": ["1", "2"], "c": "3"}},
    {"a": {"b": [{"@id": "1"}, {"@id": "2", "#text": "t"}]}},
    {"a": {"n": 42, "f": 1.5, "t": True, "no": False, "nothing": None}},
    {"a": {"empty": [], "kept": [""]}},
    {"order": {"@id": "7", "lines": {"line": [{"@sku": "A", "#text": "2"}, {"@sku": "B", "#text": "1"}]}}},
    {"a": {"@b": None, "@c": 3, "d": {"@e": False}}},
]
for v in values:
    e = Entity.from_value(v, mime_type="application/xml")
    print(e["^blob"].decode())
    print(e["^mime_type"], e["^encoding"])
