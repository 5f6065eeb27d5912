from urllib.parse import urlsplit, urlunsplit
r = urlsplit("https://api.example.com:443/v1/items;x?limit=10#top")
print(r)
print(r.scheme, r.netloc, r.path, r.query, r.fragment, r[0], r[-1], len(r))
scheme, netloc, path, query, fragment = r
print(scheme, netloc, path)
print(r.geturl(), urlunsplit(r))
print(urlunsplit(("http", "h", "/p", "", "")), urlunsplit(("", "", "p", "q", "f")))
print(urlsplit("http://h/p#f", allow_fragments=False))
