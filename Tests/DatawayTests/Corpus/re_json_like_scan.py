import re
src = '{"id": 17, "name": "Widget \\"Pro\\"", "tags": ["a", "b"], "price": 9.99, "ok": true, "none": null}'
STR = r'"(?:[^"\\]|\\.)*"'
print(re.findall(STR, src))
print(re.findall(r'"(\w+)":\s*(' + STR + r'|-?\d+(?:\.\d+)?|true|false|null|\[[^\]]*\])', src))
print(re.sub(r"\s+", "", src)[:40])
