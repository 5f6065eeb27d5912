# str() of many values, and str() with encoding.
print(str(), repr(str()), str(42), str(-0.5), str(True), str(None), str([1, "a"]), str({"a": (1,)}))
print(str(b"bytes"), str(bytearray(b"ba")), str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))
print(str(b"\xff", "utf-8", "replace"), str(b"\xff", errors="ignore", encoding="utf-8") == "")
print(str(1e100), str(10 ** 20), str(range(3)), str(slice(1, 2)), str(frozenset()))
print(str(str), str(int), str(type(None)), str(Exception("msg")), str(KeyError("k")))
print(str(ValueError()), repr(str(ValueError())), str(ValueError(1, 2)))
print(str("already str"), str("x") is not None)
try:
    str("x", "utf-8")
except TypeError as e:
    print("TypeError:", e)
try:
    str(b"\xff", "utf-8")
except UnicodeError as e:
    print("UnicodeError:", e)
print(type(str(1)), str(1) + str(2))
