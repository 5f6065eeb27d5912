import re
print(re.sub(r'(?i)HELLO', 'bye', 'Hello hello HELLO'))
print(re.findall(r'(?<=\$)\d+', 'cost $45 and $7'))
print(re.findall(r'\d+(?!px)', '12px 34em'))
print(re.match(r'(a+?)(a*)', 'aaaa').groups())
print(re.match(r'<.*?>', '<a><b>').group())
try:
    re.compile('a**')
except re.error as e:
    print(repr(e), e.msg, e.pos)
