# Case mapping with characters whose mappings change length.
for s in ["ß", "ﬃ", "ŉ", "ǰ", "ΐ", "İ", "ı", "ﬆ", "ᾳ", "Ω", "ω", "ǈ"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.swapcase()), repr(s.title()), repr(s.casefold()))
print("Straße".upper(), len("Straße".upper()), "STRASSE".lower())
print("groß".upper().lower(), "ǈubljana".upper(), "ǈubljana".lower())
print("ΌΣΟΣ".lower(), "ΌΣΟΣ".capitalize())
print("ﬁ".isupper(), "ﬁ".islower(), "ǈ".isupper(), "ǈ".islower(), "ǈ".istitle())
print([len(c.upper()) for c in "aßﬃŉ"])
print("x".join(c.upper() for c in "ßa"), "MASSE".lower() == "maße".casefold())
print(sorted(["Äpfel", "apfel", "Zoo", "äpfel"], key=str.casefold))
