import re
raw = "  Line one  \n\n\n   line two\t\twith tabs \r\nline three   "
print(repr(re.sub(r"[ \t]+", " ", raw)))
print(repr(re.sub(r"\n{3,}", "\n\n", raw)))
print(repr(re.sub(r"(?m)^\s+|\s+$", "", raw)))
print([l for l in re.split(r"\r?\n", raw) if l.strip()])
print(repr(" ".join(re.findall(r"\S+", raw))))
