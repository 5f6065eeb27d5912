# len() counts code points; encode() shows the UTF-8 byte length.
samples = ["ascii", "café", "naïve", "日本語", "😀", "👍🏽", "é", "e\u0301", "ﬁ", "Ⅻ", "\u200d", ""]
for s in samples:
    print(repr(s), len(s), len(s.encode("utf-8")), [f"U+{ord(c):04X}" for c in s])
total_bytes = sum(len(s.encode()) for s in samples)
total_chars = sum(len(s) for s in samples)
print(total_chars, total_bytes)
print(max(samples, key=len), min(samples, key=lambda s: (len(s), s)))
print(len("\xe9"), len("\U0001F600\U0001F600"))
s = "a€😀"
print([s[i] for i in range(len(s))], s.encode(), s.encode()[1:4].decode())
print(len(s[1:]), len(s[1:].encode()), s.encode()[:2].decode("utf-8", "replace"))
truncated = "日本語テキスト".encode()[:7]
print(truncated, truncated.decode(errors="ignore"), len(truncated.decode(errors="ignore")))
