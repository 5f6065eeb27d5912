import re
print(re.findall(r"\bis\b", "this is his island is"))
print(re.findall(r"\Bis\B", "this is his island crisis"))
print(re.sub(r"^", "> ", "a\nb\nc", flags=re.M))
print(re.sub(r"$", ";", "a\nb", flags=re.M))
print(re.findall(r"\b", ""), re.findall(r"\B", ""), re.search(r"^$", ""))
print(re.match(r"\b\w+\b", "  word"), re.search(r"\b\w+\b", "  word").span())
print(re.search(r"\s\b", "a b").span())
