import re
print(re.match(r'(a|)*', 'aa').groups())
print(re.match(r'(?:(a)|b)*', 'ab').groups())
print(re.compile(r'a+', re.I | re.M))
print(re.findall(r'^\w+$', 'foo\nbar\n', re.M))
print(re.search(r'foo$', 'foo\n'), re.search(r'foo\Z', 'foo\n'))
print(re.findall(r'\bcat\b', 'cat concat cat.'))
