import re
for p in ["(?P<n>a)(?P=m)", "a{2,1}", "[b-a]", "x++", "(?<!a*)b", "(?P<x>", "\\c", "a)", "(?i", "[\\w-\\d]", "\\8", "(?P<>x)"]:
    try:
        re.compile(p)
        print("ok", p)
    except re.error as e:
        print(repr(p), "->", e.msg, e.pos, str(e))
try:
    re.compile("(a\n(b")
except re.error as e:
    print(e, e.lineno, e.colno)
try:
    re.search(5, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.search("a", None)
except TypeError as e:
    print("TypeError:", e)
