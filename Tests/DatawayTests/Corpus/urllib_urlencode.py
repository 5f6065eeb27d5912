from urllib.parse import urlencode
print(urlencode({"q": "hello world", "page": 2, "lang": "zh"}))
print(urlencode([("a", 1), ("a", 2), ("b", "x&y")]))
print(urlencode({"tags": ["a", "b", "c"]}))
print(urlencode({"tags": ["a", "b", "c"], "n": 1}, doseq=True))
print(urlencode({"name": "\u5f20\u4e09", "emoji": "\U0001F600"}))
print(urlencode({"path": "/a/b"}, safe="/"))
print(urlencode({"b": b"raw bytes", "none": None, "t": True}))
print(urlencode({}), urlencode([]))
try:
    urlencode("a=b")
except TypeError as e:
    print(e)
