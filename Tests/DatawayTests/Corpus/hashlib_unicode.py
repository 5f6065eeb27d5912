import hashlib
for s in ["", "abc", "\u4e2d\u6587", "caf\u00e9", "emoji \U0001F600"]:
    print(repr(s), hashlib.md5(s.encode()).hexdigest(), hashlib.sha256(s.encode("utf-8")).hexdigest()[:16])
