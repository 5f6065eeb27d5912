# The encoding argument is the declaration's encoding and the body's bytes.
v = {"msg": {"@lang": "zh", "#text": "你好，世界"}}
for enc in ["utf-8", "gbk", "gb18030", "utf-16"]:
    e = Entity.from_value(v, mime_type="application/xml", encoding=enc)
    blob = e["^blob"]
    print(enc, len(blob), blob[:12])
    print(e["^value"])
    print(blob.decode(enc))
latin = Entity.from_value({"p": "café"}, mime_type="application/xml", encoding="latin-1")
print(latin["^blob"], latin["p"])
try:
    Entity.from_value({"p": "你好"}, mime_type="application/xml", encoding="latin-1")
except UnicodeEncodeError as e:
    print(e)
print(Entity.from_value({"b": b"raw bytes"}, mime_type="application/xml")["^blob"])
