from urllib.parse import quote, quote_plus
for s in ["hello world", "a/b/c", "\u4e2d\u6587", "a+b=c&d", "~user_name-1.0", "100%", "", "caf\u00e9 au lait"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s))
print(quote("/path/with space", safe="/:"), quote(b"\x00\xffbytes"), quote("x", safe="x"))
print(quote_plus("a b/c", safe="/"), quote("\u00e9", encoding="latin-1"))
