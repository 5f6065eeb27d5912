import re
print(re.sub('(a)(b)?', r'[\2]', 'a'))
print(re.sub('a', r'\n\t\\', 'a') == '\n\t\\')
print(re.sub('a', r'\-', 'a'))
print(re.split('x*', 'axbc'))
print(re.split('', 'abc'))
print(re.findall('', 'abc'))
print(re.sub('', '-', 'abc'))
