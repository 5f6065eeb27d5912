import re
print(re.findall(r"hello", "Hello HELLO hello", re.I))
print(re.findall(r"[a-c]+", "ABCabcXYZ", re.IGNORECASE))
print(re.sub(r"(?i)the", "a", "The cat THE dog the end"))
print(re.match(r"(?i:AB)c", "abc"), re.match(r"(?i:AB)c", "abC"))
print(re.findall(r"(?i)[^a]", "aAbB"))
print(re.match(r"(\w+) \1", "Abc abc", re.I))
print(bool(re.match(r"ΣΑΣ", "σας", re.I)))
