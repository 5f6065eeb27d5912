import re
p = re.compile(r"\w+")
s = "alpha beta gamma"
print(p.search(s, 5).group(), p.search(s, 6, 8).group(), p.match(s, 6).group())
print(p.findall(s, 3, 12), [m.span() for m in p.finditer(s, 2)])
print(re.compile(r"^b").search(s, 6), re.compile(r"a$").search(s, 0, 5))
print(p.search(s, 100), p.search(s, -5).group(), p.fullmatch(s, 6, 10))
m = p.search(s, 6, 9)
print(m.pos, m.endpos, m.group())
