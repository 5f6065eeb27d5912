import re
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'))
print(re.sub(r'a', 'b', 'aaaa', count=2))
print(re.split(r'[,;]', 'a,b;c', maxsplit=1))
print(re.findall(r'(\d+)|(x)', '1x2'))
print(re.match(r'(a)|b', 'b').groups(), re.match(r'(a)|b', 'b').lastindex)
print(re.match(r'(?:a|ab)c', 'abc'), re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match(r'(a*)+b', 'aaab').groups(), re.match(r'(a*)*b', 'b').groups())
