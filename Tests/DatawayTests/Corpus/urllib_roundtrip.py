from urllib.parse import urlencode, parse_qs, parse_qsl, quote, unquote
params = {"q": "\u4f60\u597d world", "sort": "price desc", "filter": "a&b=c", "page": "3"}
qs = urlencode(params)
print(qs)
print(dict(parse_qsl(qs)) == params)
print({k: v[0] for k, v in parse_qs(qs).items()} == params)
for s in ["a b", "\u00e9\u00e8", "%", "+", "/?#[]@!$&'()*+,;="]:
    print(repr(s), unquote(quote(s)) == s, quote(s, safe=""))
