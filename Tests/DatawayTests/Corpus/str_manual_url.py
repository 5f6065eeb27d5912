# Pulling apart a URL with partition/split and rebuilding a query string.
url = "https://user@api.example.com:8443/v2/items/search?q=blue+shoes&page=2&tag=a&tag=b#results"
scheme, _, rest = url.partition("://")
rest, _, fragment = rest.partition("#")
rest, _, query = rest.partition("?")
netloc, slash, path = rest.partition("/")
userinfo, _, hostport = netloc.rpartition("@")
host, _, port = hostport.partition(":")
print(scheme, userinfo, host, port, "/" + path, fragment, sep=" | ")
params = {}
for pair in query.split("&"):
    k, _, v = pair.partition("=")
    params.setdefault(k, []).append(v.replace("+", " "))
print(params)
segments = [s for s in path.split("/") if s]
print(segments, segments[-1], len(segments))
new_q = "&".join(f"{k}={v}" for k in sorted(params) for v in params[k])
print(f"{scheme}://{host}:{int(port) + 1}/{'/'.join(segments[:2])}?{new_q}")
print(url.count("/"), url.find("?"), url.rfind("#"), url[url.find("?") + 1:url.find("&")])
