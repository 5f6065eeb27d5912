import re
text = "cat bat rat cab"
for m in re.finditer(r"\b(\w)a(\w)\b", text):
    print(m.group(), m.start(), m.end(), m.span(1), m.groups(), m.re.pattern)
print([m.group() for m in re.finditer(r"\d*", "a12b")])
print([m.span() for m in re.finditer(r"", "abc")])
it = re.finditer(r"o", "foo boo")
print(next(it).span(), len(list(it)))
