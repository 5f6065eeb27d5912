# ascii() escapes non-ASCII; repr() does not.
for v in ["plain", "café", "日本", "😀", "\n", "\x00", "\x7f", "\xa0", ["é", 1], {"ñ": "ü"}, b"\xe9", 1.5, None]:
    print(repr(v), ascii(v))
print(ascii("'"), ascii('"'), ascii("\\"), ascii(""), ascii(("é",)))
print(len(ascii("é")), len(repr("é")), ascii(10 ** 20), repr(-0.0))
print(repr(repr("x")), ascii(ascii("é")))
print(repr(True), repr(None), repr(1e100), repr([1e-7]))
print(repr(b"\x00'"), repr(bytearray(b"\xff")), ascii(bytearray(b"a")))
print(repr((1,)), repr(range(2)), repr(slice(None, 3)), repr(frozenset()))
print(repr(ValueError("é")), ascii(ValueError("é")), repr(KeyError("k")))
print(repr({"a": [1, (2, None)]}), repr(float("inf")), repr(float("nan")))
