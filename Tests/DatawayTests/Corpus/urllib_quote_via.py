from urllib.parse import urlencode, quote
print(urlencode({"a": "x y", "b": "1+1"}, quote_via=quote))
print(urlencode({"a": "x/y"}, quote_via=quote, safe="/"))
