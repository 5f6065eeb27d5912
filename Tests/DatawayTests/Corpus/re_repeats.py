import re
print(re.findall(r"a{3}", "aaaaaaa"), re.findall(r"a{,2}", "aaaaa"), re.findall(r"a{2,}", "a aa aaa"))
print(re.match(r"x{0}", "xxx"), re.match(r"(ab){2}", "ababab").group())
print(re.match(r"(?:ab){1,2}?", "ababab").group(), re.match(r"(?:a|b){3,5}", "abababab").group())
print(re.match(r"\d{2,3}?\d", "12345").group(), re.match(r"x{1,3}y", "xxxxy"))
print(re.findall(r"(\w){2}", "abcdef"))
print(re.match(r"a{1000}", "a" * 1000) is not None, re.match(r"(?:ab){100}", "ab" * 99))
