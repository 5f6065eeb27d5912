# removeprefix / removesuffix only remove an exact match, once.
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "TestTest".removeprefix("Test"))
print("file.tar.gz".removesuffix(".gz"), "file.tar.gz".removesuffix(".tar"), "aaa".removesuffix("a"))
print(repr("abc".removeprefix("")), repr("abc".removesuffix("")), repr("abc".removeprefix("abc")))
print(repr("".removeprefix("x")), repr("ab".removeprefix("abc")))
print("héllo".removeprefix("hé"), "日本語".removesuffix("語"))
print("www.example.com".removeprefix("www."), "www.example.com".lstrip("w."))
urls = ["https://a.io/x", "http://b.io/y", "ftp://c"]
print([u.removeprefix("https://").removeprefix("http://") for u in urls])
ids = ["user_1", "user_22", "admin_3"]
print([i.removeprefix("user_") for i in ids])
try:
    "abc".removeprefix(None)
except TypeError as e:
    print("TypeError:", e)
print("ABC".removeprefix("a"), "ABC".lower().removeprefix("a"))
