import re
s = "2024-01-05, 2023-12-31 and 1999-07-04"
print(re.findall(r"\d{4}-\d\d-\d\d", s))
print(re.findall(r"(\d{4})-\d\d-\d\d", s))
print(re.findall(r"(\d{4})-(\d\d)-(\d\d)", s))
print(re.findall(r"(?:\d{4})-(?:\d\d)", s))
print(re.findall(r"(a)|(b)", "abc"))
print(re.findall(r"((a)(b))", "abab"))
print(sorted(set(re.findall(r"\b\w{4}\b", "this that then this over"))))
