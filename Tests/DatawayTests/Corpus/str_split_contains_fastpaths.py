for s in ["a,b,,c", ",a,", "", ",", "abc", "é,ü,x", "a||b||", "||"]:
    for sep in [",", "||", "é"]:
        print(repr(s), repr(sep), s.split(sep), s.split(sep, 1), s.split(sep, 0), s.split(sep, maxsplit=2), s.rsplit(sep, 1))
        print([len(p) for p in s.split(sep)], [p.isascii() for p in s.split(sep)], sep in s, s.find(sep), s.count(sep), s.partition(sep))
print("vip" in ["new", "vip"], "vi" in ["vip"], "é" in ["e", "é"], ("a", 1) in [("a", 1)])
print("abc" == "abc", "ab" + "c" == "abc", "x" * 3 in "xxxx")
d = {"k" + str(i): i for i in range(20)}
print(len(d), d["k19"], {"a": 1, "b": [1], "c": {"d": 2}}, {1, 2, 3} == {3, 2, 1})
x = f"{1}-{'é'}-{2.5}"
print(x, len(x), x.isascii())
