import re
m = re.search(r'((a)b)', 'xab')
print(m.lastindex, m.lastgroup, m.start(), m.end(2), m.pos, m.endpos, m.re.pattern)
print(re.compile(r'(?P<n>x)').groupindex['n'], re.compile('(a)(b)').groups)
print(re.match(r'(?P<a>x)(?P=a)', 'xx'))
print(re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(a)?(?(1)b|c)', 'ab'))
print(re.findall(r'a{2,3}', 'aaaaaaa'), re.findall(r'a{2}?', 'aaa'))
