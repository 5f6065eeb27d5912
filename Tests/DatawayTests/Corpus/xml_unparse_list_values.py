# Lists, tuples and nested lists as element values.
values = [
    {"r": {"x": ("1", "2")}},
    {"r": {"x": [["a", "b"], "c"]}},
    {"r": {"x": [{"y": ["1", "2"]}, {"y": "3"}]}},
    {"r": {"x": [1, 2.5, True, None]}},
]
for v in values:
    e = Entity.from_value(v, mime_type="application/xml")
    print(e["^blob"].decode().split("\n")[1])
    print(e["^value"])
