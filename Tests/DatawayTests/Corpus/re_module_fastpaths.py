import re
s = "abc 123 def"
r = re.sub(r"x", "y", s)
print(r, r is s, re.subn(r"x", "y", s), re.sub(r"\d", "#", s), re.subn(r"\d", "#", s, 2))
p = re.compile(r"z")
print(p.sub("q", s) is s, p.sub("q", ""), re.sub("", "-", "ab"))
print(re.split(r"[/ ]", "curl/8.4 x", 1), re.split(r"[/ ]", "a b/c", maxsplit=1), re.search(r"\d+", s).group(), re.findall(r"\w+", s, re.I))
print(re.match(r"ABC", s, re.IGNORECASE), re.fullmatch(r"a.c", "abc"), re.sub(r"(\d)", r"<\1>", s, flags=0), re.sub(r"b", lambda m: m.group().upper(), s))
try:
    re.sub(r"(", "x", s)
except re.error as e:
    print("error", e)
