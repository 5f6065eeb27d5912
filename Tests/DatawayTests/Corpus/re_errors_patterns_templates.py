import re
pats = ['a**', '(ab', 'ab)', '[abc', 'a{3,2}', '*a', '(?P<1x>a)', '(?P=nope)', '\\q', '(?<=a+)b', '\\5', '(?P<a>x)(?P<a>y)',
        'x{', 'a{,3}', '(?z)', 'a(?i)b', '[z-a]', '(?#comment', '\\', 'a\nb(', '(?P<n', '(?', '[]', '[^]', '(?<x', '\\x4', 'a|*',
        '(?i:a)B', '(?-i:a)', '(?i-i:a)', '[\\d-z]']
for p in pats:
    try:
        r = re.compile(p)
        print('ok', repr(p), r.groups)
    except re.error as e:
        print(repr(p), '->', e, '|', e.pos)
for t in [r'\1', r'\g<x>', r'\g<2', r'\q', r'\g<-1>', r'\9']:
    try:
        print(re.sub('(a)', t, 'a'))
    except (re.error, IndexError) as e:
        print(repr(t), '', e)
