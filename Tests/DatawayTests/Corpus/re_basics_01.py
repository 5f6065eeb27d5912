import re
print(re.split(r'(,)\s*', 'a, b,c'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.search(r'(?P<year>\d{4})-(?P<month>\d\d)', 'on 2024-03-05').groupdict())
print(re.fullmatch(r'a+', 'aaa'), re.fullmatch(r'a+', 'aab'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.findall(r'(a*)*', 'aab'))
