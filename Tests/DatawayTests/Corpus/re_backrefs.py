import re
print(re.findall(r"\b(\w+)\s+\1\b", "the the cat sat sat down"))
print(re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", "go go go now now"))
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'it''s'").group())
print(re.match(r"(a)(?:x\1)*", "axaxa").group())
print(re.match(r"(a)?b\1", "b"))
print(re.search(r"(.)\1", "abccd").group())
print(re.findall(r"(\w)\1", "aabbcdd"))
