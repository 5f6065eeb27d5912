# printf-style '%' formatting through its fast path (%s, %d/%i/%u of ints, %f/%F of floats, with
# flags, widths and precisions) and the cases it leaves to the general code.


def pct(fmt, v):
    try:
        r = repr(fmt % v)
    except Exception as e:
        r = 'raised ' + repr(e)
    print(repr(fmt), repr(v), '->', r)


for conv in ('s', 'd', 'i', 'u', 'f', 'F'):
    for flags in ('', '-', '+', ' ', '0', '#', '-0', '+0', ' 0', '-+', '+ ', '#0'):
        for width in ('', '1', '6', '12'):
            for prec in ('', '.0', '.3', '.'):
                fmt = '[%' + flags + width + prec + conv + ']'
                print(fmt, [fmt % v if not isinstance(v, str) or conv == 's' else '' for v in (0, 7, -7, 123456, 2.675, -0.0, -0.001, 'héllo', 'ab')])

for fmt, v in [
    ('%s;%s;%s', ('row', '0000012.50', 'EUR')), ('%s', 'x'), ('%s', ('x',)), ('%s', (1, 2)), ('%s %s', ('x',)),
    ('%s', ()), ('', ()), ('abc', ()), ('abc', 5), ('abc', {'k': 1}), ('%s', {'k': 1}), ('%(k)s', {'k': 1}),
    ('%s', [1, 2]), ('%s %s', (None, True)), ('%s', 1.5), ('%s', 2 ** 70), ('%d', 2 ** 70), ('%d', True),
    ('%d', 2.9), ('%d', -2.9), ('%d', 'x'), ('%f', 'x'), ('%f', 3), ('%f', 2 ** 70), ('%.2f', 1e22), ('%f', float('nan')),
    ('%f', float('-inf')), ('%.30f', 0.1), ('%.20f', 0.1), ('%.19f', 12.5), ('%x', 255), ('%#X', 255), ('%o', 8),
    ('%e', 1.5), ('%g', 0.0001), ('%c', 65), ('%r', 'x'), ('%a', 'é'), ('%%', ()), ('%5%', ()), ('100%%', ()),
    ('%', 1), ('%y', 1), ('%5%', (1,)), ('%-5%|', (1,)), ('%%%5%', ()), ('%s%5%', (1, 2)), ('%(a)%', {'a': 1}), ('%.%', (1,)), ('%*d', (5, 1)), ('%.*f', (2, 1.5)), ('%ld', 5), ('key-%d', 42), ('%05d', -42),
    ('%-05d|', 42), ('%+.3d', 5), ('%+05.3d', -5), ('% d', 5), ('%s', 'héllo'), ('%.2s|%-6s|%6s', ('héllo', 'é', '日本')),
    ('é%sé', 'ü'), ('%s%%%s', ('a', 'b')), ('%d%%', 50), ('%s', (('nested',),)), ('%.2f %s %d', (1.005, 'x', 3)),
    ('%.0f', 0.5), ('%.0f', 1.5), ('%.0f', 2.5), ('%#.0f', 2.5), ('%010.2f', -3.14159), ('%-10.2f|', 3.14159),
    ('%+.1f', 0.05), ('%99999d', 1)[:0] or ('%10000s', ''),
]:
    r = None
    try:
        r = fmt % v
        if len(r) > 60:
            r = (len(r), r[:10], r[-10:])
    except Exception as e:
        r = 'raised ' + repr(e)
    print(repr(fmt), repr(v), '->', repr(r))
