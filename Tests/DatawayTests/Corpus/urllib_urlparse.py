from urllib.parse import urlparse
for u in ["https://user:pw@Example.COM:8443/p/a/t/h;params?query=1&x=2#frag", "http://host/path", "//cdn.example.com/lib.js", "mailto:someone@example.com", "file:///etc/hosts", "relative/path?x=1", "HTTP://EXAMPLE.com", "https://example.com?q", "ftp://ftp.example.com/pub;type=i"]:
    r = urlparse(u)
    print(r)
    print("  ", r.hostname, r.port, r.username, r.password)
