from urllib.parse import urlparse, urlunparse
print(urlunparse(("https", "example.com", "/a", "p", "q=1", "f")))
print(urlunparse(("http", "h", "", "", "", "")))
print(urlunparse(("", "", "/only/path", "", "x=1", "")))
print(urlunparse(["mailto", "", "a@b.c", "", "", ""]))
for u in ["http://a/b;c?d#e", "https://x.com", "//h/p", "a/b"]:
    print(u, urlunparse(urlparse(u)))
