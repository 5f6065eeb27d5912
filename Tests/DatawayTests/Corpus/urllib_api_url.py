from urllib.parse import urlencode, urljoin, urlparse, parse_qs
base = "https://erp.example.com/api/v2/"
def build(path, **params):
    url = urljoin(base, path)
    if params:
        url += "?" + urlencode(sorted(params.items()), doseq=True)
    return url
u = build("orders", status=["open", "paid"], limit=50, q="acme corp")
print(u)
p = urlparse(u)
print(p.netloc, p.path, parse_qs(p.query))
print(build("../v1/legacy"), build("/health"))
