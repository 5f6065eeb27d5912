# lower, upper, casefold and the case predicates.
for s in ["Hello", "ÀÉÎÕÜ", "straße", "ΣΑΣ", "İ", "ﬀ", "Ǳ", "ŉ", "MiXeD 123", "日本語"]:
    print(repr(s), repr(s.lower()), repr(s.upper()), repr(s.casefold()), len(s.upper()))
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
for s in ["abc", "ABC", "aBc", "abc1", "ABC!", "123", "", "ß", "ǅ", " a "]:
    print(repr(s), s.islower(), s.isupper())
print("HTTP".lower(), "content-type".upper(), "Ünïcödé".lower(), "ünïcödé".upper())
print("ΑΣ".lower(), "ΑΣ ΑΣ".lower(), "Σ".lower())
headers = {"Content-Type": "json", "X-REQUEST-ID": "1"}
print({k.lower(): v for k, v in headers.items()})
print("abc".upper().lower(), "ABC".lower().upper(), "Ab".swapcase())
print(sorted(["b", "A", "a", "B"], key=str.lower), sorted(["b", "A", "a", "B"]))
print("I".lower(), "i".upper(), "ı".upper(), "K".lower())
