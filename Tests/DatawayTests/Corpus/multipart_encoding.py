# The entity's encoding is used for text values (both ways).
e = Entity.from_value({"城市": "北京", "note": "ok"}, mime_type="multipart/form-data; boundary=G", encoding="gbk")
print(e["^blob"])
print(e["城市"]["value"], e["^encoding"])
latin = Entity.from_value({"v": "café"}, mime_type="multipart/form-data; boundary=L", encoding="latin-1")
print(latin["^blob"], latin["v"]["value"])
