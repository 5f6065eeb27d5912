import re
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'a++a', 'aaa'))
