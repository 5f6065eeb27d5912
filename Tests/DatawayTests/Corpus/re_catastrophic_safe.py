import re
# Patterns that are fine in CPython too (kept small)
print(re.match(r"(a+)+b", "a" * 12 + "b") is not None)
print(re.match(r"(a|aa)+$", "a" * 15) is not None)
print(re.match(r"(x+x+)+y", "x" * 10 + "y") is not None)
print(re.fullmatch(r"(?:a*)*", "aaaa") is not None, re.fullmatch(r"(a*)*", "aaa").groups())
print(re.findall(r"(a*)+", "aab"), re.findall(r"(a|)+", "aa"))
