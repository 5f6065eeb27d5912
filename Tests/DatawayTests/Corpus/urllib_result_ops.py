from urllib.parse import urlparse
r = urlparse("http://a.com/x?y=1")
print(r == ("http", "a.com", "/x", "", "y=1", ""), tuple(r), list(r))
print(r[1:3], r.count("http"), r.index("/x"))
r2 = r._replace(scheme="https", query="y=2")
print(r2, r2.geturl())
print(r._replace(netloc="b.com:8080").port)
print("http" in r, sorted(r))
