from urllib.parse import urljoin
base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../g", "../../../g", "/./g", "g.", ".g", "g/./h", "g/../h"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("https://api.example.com/v1/", "orders/42"), urljoin("https://api.example.com/v1", "orders/42"))
print(urljoin("", "x"), urljoin("http://a/b", ""), urljoin("http://a/b", "https://c/d"))
