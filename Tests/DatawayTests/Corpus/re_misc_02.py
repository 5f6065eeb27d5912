import re
print(re.compile(r'(?x) a b  # comment\n c').match('abc'))
print(re.compile(r'''
   (\d+)  # number
   \s*
   ([a-z]+)  # unit
''', re.VERBOSE).findall('10 kg, 5m'))
p = re.compile(r'\d+')
