import re
print(re.I | re.M == re.IGNORECASE | re.MULTILINE, re.S == re.DOTALL, re.X == re.VERBOSE)
text = "Alpha\nbeta\nGAMMA"
print(re.findall(r"^[a-z]+$", text, re.I | re.M))
print(re.findall(r"a.b", "A\nB", re.I | re.S))
print(re.compile(r"x", re.I | re.M).flags & (re.I | re.M) == re.I | re.M)
print(re.findall(r"(?im)^g\w+", text), re.findall(r"(?s)a.", "a\n"))
print(re.search(r"(?a)\w+", "héllo").group(), re.search(r"\w+", "héllo").group())
