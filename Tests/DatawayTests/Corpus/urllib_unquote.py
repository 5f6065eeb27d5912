from urllib.parse import unquote, unquote_plus
for s in ["hello%20world", "%E4%B8%AD%E6%96%87", "a+b", "100%25", "%zz", "%", "%4", "bad%FFbyte", "%e4%b8%ad", "plain"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)))
print(unquote("%E9", encoding="latin-1"))
