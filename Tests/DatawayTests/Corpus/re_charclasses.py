import re
print(re.findall(r"[aeiou]", "education"), re.findall(r"[^aeiou\s]", "hi you"))
print(re.findall(r"[\w.-]+", "a.b-c d_e!f"), re.findall(r"[]a]", "a]b"), re.findall(r"[a-]", "a-b"))
print(re.findall(r"[\d\s]+", "12 34x5"), re.findall(r"[^\W\d_]+", "ab1_cd"))
print(re.findall(r"[\x41-\x43]", "ABCD"), re.findall(r"[\u4e00-\u9fff]+", "中文 text 汉字"))
print(re.findall(r"[.]", "a.b"), re.findall(r"[\^]", "a^b"), re.findall(r"[\\]", "a\\b"))
print(re.findall(r"[\]\[]", "[x]"), re.findall(r"[*+?]", "a*b+c?"))
