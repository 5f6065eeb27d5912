# Attributes and text turned into plain JSON keys (dropping the @ and # prefixes).
import json

def plain(v):
    if isinstance(v, dict):
        return {k.lstrip("@#") if k != "#text" else "value": plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [plain(x) for x in v]
    return v

doc = '<m><v unit="kg">5</v><v unit="g">250</v><label lang="en">Box</label></m>'
v = Entity.from_bytes(doc, "application/xml")["^value"]
print(json.dumps(plain(v), sort_keys=True))
