import re
m = re.match(r'(\w+) (\w+)', 'hello world foo')
print(m, m.group(0), m.group(1, 2), m.groups(), m.span(2), m[1])
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)(\d)', 'a1b2c3'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@example and ann@corp'))
print(re.sub('x*', '-', 'abxd'))
