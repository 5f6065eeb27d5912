# Patterns, templates and matcher storage are reused within a run: the reuse must never mix up
# flags, group names, nested matches or a deep backtracking stack.
import re

# The same pattern string with and without flags, alternating.
for i in range(6):
    flags = re.I if i % 2 else 0
    print(i, re.search("abc", "xABCx abc", flags).span(), bool(re.match("ABC", "abc", flags)))
print(re.compile("a+") is re.compile("a+"), re.compile("a+", re.I) is re.compile("a+"))
print(re.compile("a+").pattern, bool(re.compile("a+", re.I).flags & re.I))

# One template string applied with patterns whose groups are numbered differently.
tpl = r"<\g<x>>"
for i in range(3):
    print(re.sub(r"(?P<x>a)", tpl, "banana"), re.sub(r"(?P<y>b)(?P<x>a)", tpl, "banana"))
    print(re.sub(r"(a)(n)", r"\2\1", "banana"), re.sub(r"(n)(a)", r"\2\1", "banana"))
try:
    re.sub(r"(?P<y>a)", tpl, "banana")
except IndexError as e:
    print("IndexError", e)

# A substitution whose callback runs other patterns (nested matchers while one is in use).
def inner(m):
    word = m.group(0)
    return re.sub(r"[aeiou]", lambda v: v.group(0).upper(), word) + str(len(re.findall(r"\w", word)))

for s in ["hello world", "regular expressions nest", ""]:
    print(repr(re.sub(r"\w+", inner, s)))
print([m.group() for m in re.finditer(r"\d+", "a1b22c333") if re.fullmatch(r"\d+", m.group())])

# A deep backtracking stack (grown past the first block), then ordinary matches again.
long = "ab" * 3000 + "c"
print(len(re.match(r"(?:(a)|b)*c", long).group(0)), re.match(r"(?:(a)|b)*c", long).group(1))
print(re.search(r"(x+x+)+y", "x" * 18) is None)
for i in range(3):
    print(re.search(r"(\w+)@(\w+)\.com", "mail ada@example.com now").groups())

# Group names are compared by code point, as Python does (no Unicode normalization).
p = re.compile("(?P<\u00e9>a)(?P<e\u0301>b)")
m = p.match("ab")
print(m.group("\u00e9"), m.group("e\u0301"), sorted(p.groupindex.values()), m["\u00e9"])
try:
    m.group("e")
except IndexError as e:
    print("IndexError", e)
name = "".join(["st", "atus"])
m = re.match(r"(?P<status>\d+) (?P<size>\d+)", "200 512")
print(m.group(name), m[name], m.group("size", name), m.start(name), m.span("size"))
