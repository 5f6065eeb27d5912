import re
print(isinstance(re.compile('a'), re.Pattern), isinstance(re.match('a', 'a'), re.Match))
print(re.match('a', 'a').string, re.match('(a)(b)?', 'a').regs)
