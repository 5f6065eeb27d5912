import re
html = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.+>", html))
print(re.findall(r"<.+?>", html))
print(re.findall(r"<(\w+)>(.*?)</\1>", html))
print(re.match(r"a{2,4}", "aaaaa").group(), re.match(r"a{2,4}?", "aaaaa").group())
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"(a+)(a+)", "aaaa").groups(), re.match(r"(a+?)(a+)", "aaaa").groups())
print(re.match(r"(\d+)(\d{2})", "12345").groups())
