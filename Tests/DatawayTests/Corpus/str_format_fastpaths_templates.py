# str.format templates through the parsed-template fast path and its fallbacks: literal text with
# '{{'/'}}' escapes and non-ASCII text, auto and manual numbering, keyword fields, conversions,
# specs, reuse of one template many times, more distinct templates than the cache holds, and the
# templates the general formatter must handle (attribute/index fields, nested specs, errors).


def show(template, *args, **kwargs):
    try:
        r = repr(template.format(*args, **kwargs))
    except Exception as e:
        r = 'raised ' + repr(e)
    print(repr(template), '->', r)


show('')
show('plain text')
show('{{}} {{{}}} }}{{', 1)
show('{}T{}Z;{:<5};{:>14};{};{}', '20240305', '12:00:01', 'info', 'billing', '12', 'Order Created')
show('{}T{}Z;{:<5};{:>14};{};{}', '20240305', '12:00:01', 'warning', 'a-very-long-service-name', 7, 'x')
show('{0}{1}{0}', 'ab', 'cd')
show('{1}{1}{00}', 'x', 'y')
show('{} {}', 'only one')
show('{2}', 'a', 'b')
show('{0} {}', 'a', 'b')
show('{} {0}', 'a', 'b')
show('{name} is {age:>4} years', name='Ada', age=36)
show('{name} {0}', 'pos', name='kw')
show('{missing}', name='x')
show('{ }', **{' ': 'space'})
show('{0a}', **{'0a': 'digits then letter'})
show('{12345678901}', 'x')
show('{!r} {!s} {!a}', 'héllo', 'héllo', 'héllo')
show('{0!r:>12}|{0!s:^9}|{0!a:<14}|', 'é')
show('{!r}', 1.5)
show('{!x}', 1)
show('{!}', 1)
show('{!rr}', 1)
show('{0.real}', 3)
show('{0[1]}', [10, 20])
show('{0[k]}', {'k': 'v'})
show('{:{}}', 'x', 5)
show('{:>{w}}', 'x', w=6)
show('{', 1)
show('}', 1)
show('a}b', 1)
show('{0', 1)
show('{:', 1)
show('{0!r', 1)
show('{:d}', 'str')
show('{:s}', 5)
show('{:x}', 2.5)
show('{:.2f} {:,} {:_x} {:08.3f} {:+}', 3.14159, 1234567, 48879, -2.5, 7)
show('{:%} {:e} {:g} {:n}', 0.25, 12345.678, 0.0001234, 1234)
show('{} {} {} {} {}', None, True, 2 ** 80, -0.0, [1, 'a'])
show('{:>6} {:<6} {:^6}', None, True, False)
show('héllo {} wörld {:*^9} 日本', 'ü', '語')
show('{:é<5}|{:€>5}|{:\U0001F600^5}', 'a', 'b', 'c')
show('{:.3}|{:.0}|{:10.2}', 'abcdef', 'abc', 'héllo')
show('{0:{1}}', 42, '>8')

# One template, many calls (the cached parse must not depend on the arguments).
t = '{}-{:>5}-{:05d}-{:.1f}'
for v in [('a', 'b', 1, 0.25), ('ccc', 'dddddd', -12, -0.05), ('', '', 0, 1e16), ('é', '日本', 123456, 2.5)]:
    show(t, *v)
for i in range(3):
    show(t, 'x', 'y')

# Many distinct templates, each used twice (more than the cache holds).
out = []
for i in range(200):
    tpl = '{:' + str(i % 17) + '}|' + str(i) + '{}'
    out.append(tpl.format(i, 'z'))
    out.append(tpl.format('s' * (i % 5), i))
print(len(out), out[0], out[37], out[199], out[-1])

# format_map and keyword dicts.
print('{a}-{b}'.format_map({'a': 1, 'b': 'two'}))
try:
    print('{0}'.format_map({}))
except Exception as e:
    print(repr(e))
try:
    print('{a}'.format_map({}))
except Exception as e:
    print(repr(e))
