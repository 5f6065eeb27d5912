# String escaping in json.dumps and unescaping in json.loads.
import json
samples = ["plain", 'dq"', "sq'", "back\\slash", "/slash", "\b\f\n\r\t", "\x00\x01\x1f", "\x7f", "é", "\u2028",
           "😀", "</script>", "a\u0000b"]
for s in samples:
    enc = json.dumps(s)
    print(repr(s), enc, json.dumps(s, ensure_ascii=False), json.loads(enc) == s)
print(json.loads('"\\b\\f\\n\\r\\t\\"\\\\\\/"'))
print(json.loads('"\\u0041\\u00e9\\u65e5"'), json.loads('"\\uD83D\\uDE00"'))
print(len(json.loads('"\\ud83d\\ude00"')), json.dumps(json.loads('"\\ud83d\\ude00"')))
