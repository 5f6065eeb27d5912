import re
text = "first line\nsecond line\n\nfourth"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text), re.findall(r"\w+$", text, re.M))
print(re.findall(r"line.second", text), re.findall(r"line.second", text, re.S))
print(re.search(r"\A\w+", text).group(), re.search(r"\w+\Z", text).group())
print(re.findall(r"(?ms)^s.*?$", text))
print(re.search(r"x$", "x\n"), re.search(r"x\Z", "x\n"), re.search(r"x$", "x\n\n"))
