# str() and repr() differ for strings but agree for most other values.
values = ["text", 1, 1.0, -0.5, 1e20, True, None, [1, "a"], ("b",), {"k": "v"}, b"by", range(2)]
for v in values:
    print(str(v), "|", repr(v), "|", str(v) == repr(v))
print(str(), str(""), repr(""), str("'"), repr("'"), str('"'), repr('"'))
print(str(ValueError("boom")), repr(ValueError("boom")), str(KeyError("k")), repr(KeyError("k")))
print(str(str), repr(int), str(type(None)), str(len) == repr(len))
print(str(1.0) == repr(1.0), str(0.1 + 0.2), repr(0.1 + 0.2), str([0.1 + 0.2]))
print(str(["é"]), repr("é"), str(("x",)), str({"a": "b"}))
print(str(b"\xe9"), repr(bytearray(b"z")), str(Exception("a", 1)), repr(Exception("a", 1)))
print(str(Exception()), repr(Exception()), repr(StopIteration()), str(AssertionError()))
