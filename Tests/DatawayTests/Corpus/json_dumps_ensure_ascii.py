# ensure_ascii True (default) escapes non-ASCII as \uXXXX (surrogate pairs for astral).
import json
data = {"name": "Zoë", "city": "東京", "emoji": "😀", "mixed": "café ☕", "ctrl": "\u0001\u001f", "nbsp": "\u00a0"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(["é"], ensure_ascii=True), json.dumps(["é"], ensure_ascii=False))
print(json.dumps("\u2028\u2029"), json.dumps("\u2028", ensure_ascii=False) == '"\u2028"')
print(json.dumps({"ключ": "значение"}), json.dumps({"ключ": "значение"}, ensure_ascii=False))
print(json.dumps("\U0001F600\U0010FFFF"), json.dumps("\x7f\x80\xff"))
print(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))
print(len(json.dumps("日本")), len(json.dumps("日本", ensure_ascii=False)))
