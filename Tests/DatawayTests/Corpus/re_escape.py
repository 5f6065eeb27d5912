import re
for s in ["a.b", "1+1=2", "[x]", "(a|b)", "tab\there", "wow!", "a-b_c", "~#&", "ünï"]:
    e = re.escape(s)
    print(repr(e), bool(re.fullmatch(e, s)))
words = ["c++", "c#", "f*"]
print(re.findall("|".join(map(re.escape, words)), "I like c++ and c# and f* and c"))
