import re
print(re.findall(r"\w+(?=@)", "joe@x ann@y"))
print(re.findall(r"(?<=#)\w+", "#tag1 no #tag2"))
print(re.findall(r"\b\w+\b(?<!ing)", "sing song ring rung"))
print(re.sub(r"(?<=\d)(?=(\d{3})+(?!\d))", ",", "1234567 and 89012"))
print(re.findall(r"^(?!.*password).*$", "ok line\npassword here\nfine", re.M))
print(re.search(r"(?<![\w.])\d+(?![\w.])", "v1.2 x 42 y3").group())
print(re.match(r"(?=(\w+))\1:", "abc:"))
