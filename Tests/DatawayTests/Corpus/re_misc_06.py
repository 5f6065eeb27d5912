import re
print(re.findall(r'[^\W\d]+', 'ab12cd_3'))
print(re.findall(r'[\s\S]', 'a\n'))
print(re.match(r'x{2,}', 'xxxxx'), re.match(r'x{,2}', 'xxxxx'), re.match('x{2', 'x{2'))
print(repr(re.compile(r'\d', re.A | re.S | re.X)), repr(re.compile('x' * 3)))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I))
print(re.search(r'\u00e9', 'café'), re.search(r'\x41', 'A'), re.search(r'\101', 'A'), re.search('\\0', '\x00'))
print(re.I == 2, re.IGNORECASE | 0 == 2, re.M == 8, re.S == 16, re.X == 64, re.A == 256, re.U == 32)
