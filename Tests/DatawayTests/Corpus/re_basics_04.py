import re
try:
    re.compile('(ab')
except re.error as e:
    print(e)
print(re.escape('a.b*c'))
print(re.findall(r'[а-я]+', 'привет мир hello'))
print(re.sub(r'\s+', ' ', 'a  b\t\tc\u3000d'))
print(re.match(r'(\d+)-(\d+)', '10-20').expand(r'\2:\1 \g<0>'))
print(re.subn('a', 'b', 'aaa', 2))
