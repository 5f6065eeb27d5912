import re
p = re.compile(r'\d+')
print(p.search('ab12cd34', 4), p.search('ab12cd34', 2, 3), p.match('ab12', 2), p.findall('1 2 3 4', 2, 5))
print(re.search('^b', 'ab'), re.compile('^b').search('ab', 1), re.compile('^b', re.M).search('a\nb', 1))
print(re.search('a$', 'a\n'), re.search('a$', 'a\n\n'), re.search('(?m)a$', 'a\nb'))
print(re.match('.', '\n'), re.match('.', '\n', re.S))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)?', 'Jane ')
print(m.groupdict(), m.groupdict('-'), m.groups('?'), m.group('first', 2), m.lastgroup, m.lastindex)
print(m.start(2), m.end(2), m.span('first'))
