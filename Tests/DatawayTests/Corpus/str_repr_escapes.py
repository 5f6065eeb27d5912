# repr() of strings picks quotes and escapes non-printables.
for s in ["plain", "it's", 'say "hi"', "both ' \"", "tab\t", "nl\n", "cr\r", "bs\\", "nul\x00",
          "bell\x07", "del\x7f", "\x80", "\x9f", "\xa0", "é", "\u200b", "\u2028", "\ufeff",
          "\U0001F600", "\ue000", "日本", "\U000e0001", "\x1b[31m"]:
    print(repr(s), ascii(s), len(repr(s)))
print(str("x"), repr(repr("x")), repr(str(1)), repr(["a", 'b"c', "d'e"]))
print(repr({"k'": "v\n"}), repr(("é",)))
print(repr("'"), repr('"'), repr("'\""), repr("\\'"))
print(repr("a\\nb"), len("a\\nb"), repr(r"\d+\.\d*"))
print(repr("\x00\x01\x02\x1f\x20"), repr("\t\v\f"))
print(repr("\u0300"), repr("\u00ad"), repr("\u061c"), repr("\U0001d400"))
