# find/rfind return -1; index/rindex raise ValueError.
s = "hello world, hello there"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.rfind("xyz"))
print(s.find("o"), s.find("o", 5), s.find("o", 5, 7), s.find("o", -5), s.rfind("o", 0, 10))
print(s.find(""), s.rfind(""), s.find("", 100), s.find("", len(s)), "".find(""), "".rfind(""))
print("héllo wörld".find("ö"), "日本語テキスト".find("テ"), "a😀b😀".rfind("😀"))
print(s.find("hello", 1), s.rfind("hello", 0, 5), s.rfind("hello", 0, 4), s.find("lo", -20, -15))
print(s.index("world"), s.rindex("l"), s.index("h", 1), s.rindex("h", 0, 5))
for args in [("zzz",), ("hello", 1, 10), ("", 100)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)
