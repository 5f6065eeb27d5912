import re
print(re.sub('a|', '-', 'bab'))
print([m.span() for m in re.finditer(r'\b', 'ab cd')])
print(re.findall(r'\w+', 'héllo wörld 123_x'))
print(re.findall(r'\w+', 'héllo wörld', re.A))
print(re.findall(r'\d', '١٢3'), re.findall(r'\d', '١٢3', re.ASCII))
print(re.findall(r'(?i)straße', 'STRASSE Straße'))
print(re.findall(r'[a-z]+', 'Hello World', re.I))
