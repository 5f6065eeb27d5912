# Lists of dicts (header from every key, in order of appearance) or lists of lists, CRLF lines.
rows = [
    {"id": 1, "name": "Ann", "note": "likes, commas"},
    {"id": 2, "name": "Bob", "extra": True},
    {"name": 'Quote "me"', "id": 3.5, "note": None},
]
e = Entity.from_value(rows, mime_type="text/csv")
print(repr(e["^blob"]))
print(e["^value"])
print(repr(Entity.from_value([["a", "b"], [1, None], ("x\ny", 2)], mime_type="application/csv")["^blob"]))
print(repr(Entity.from_value([], mime_type="application/csv")["^blob"]))
for bad in [{"a": 1}, "text", [{"a": 1}, [1]], [1, 2]]:
    try:
        Entity.from_value(bad, mime_type="application/csv")
    except TypeError as err:
        print(err)
print(repr(Entity.from_value([{"城市": "北京"}], mime_type="application/csv", encoding="gbk")["^blob"]))
