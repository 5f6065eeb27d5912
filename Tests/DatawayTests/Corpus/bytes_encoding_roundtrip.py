# Encoding text to bytes and back, counting bytes per character.
texts = ["plain", "Grüße", "日本語", "emoji 😀", "mixed é 日 😀"]
for t in texts:
    b = t.encode("utf-8")
    print(len(t), len(b), b[:12], b.decode("utf-8") == t)
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print([len(c.encode()) for c in "aé日😀"])
raw = "Grüße".encode()
print(raw[:3], raw[:3].decode("utf-8", "replace"), raw[:4].decode())
print(bytes([195, 188]).decode(), bytes("ü", "utf-8") == b"\xc3\xbc")
