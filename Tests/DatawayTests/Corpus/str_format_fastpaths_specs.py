# Fast paths of format specs (format(), str.format, f-strings) for ints, floats and strs:
# fill (ASCII, '0', non-ASCII), every alignment, sign, '#', '0', widths, grouping, precision and
# the presentation types, including the combinations that must fall back to the general code or
# raise. Every case is formatted three ways; a line is printed per case and any disagreement
# between the three ways is printed too.


def err(e):
    for t, n in ((OverflowError, 'OverflowError'), (ValueError, 'ValueError'), (TypeError, 'TypeError')):
        if isinstance(e, t):
            return n + ': ' + str(e)
    return 'Exception: ' + str(e)


def three(v, spec):
    try:
        a = format(v, spec)
    except Exception as e:
        a = err(e)
    try:
        b = ('{:' + spec + '}').format(v)
    except Exception as e:
        b = err(e)
    try:
        c = f'{v:{spec}}'
    except Exception as e:
        c = err(e)
    if b != a:
        print('  str.format differs:', repr(b))
    if c != a:
        print('  f-string differs:', repr(c))
    return a


def specs(types, n, stride):
    out = []
    k = 0
    for fa in ('', '<', '>', '^', '=', '*<', '*>', '*^', '*=', '0<', '0=', 'é>', '€^', '€=', ' <'):
        for sign in ('', '+', '-', ' '):
            for alt in ('', '#'):
                for zero in ('', '0'):
                    for width in ('', '1', '8', '13'):
                        for group in ('', ',', '_'):
                            for prec in ('', '.0', '.2'):
                                for t in types:
                                    k += 1
                                    if k % stride == n:
                                        out.append(fa + sign + alt + zero + width + group + prec + t)
    return out


INTS = [0, 7, -7, 1234567, -1234567, 255, -255, 9223372036854775807, -9223372036854775808, 2 ** 70, True]
FLOATS = [0.0, -0.0, 1.5, -2.675, 0.125, 1234567.891, -0.001, 1e22, 3.0, 0.5, float('nan'), float('-inf')]
STRS = ['', 'ab', 'héllo', 'abcdefghijkl', '日本語']

for spec in specs(('', 'd', 'x', 'X', 'o', 'b', 'n', 'c', 'f', 's'), 3, 347):
    print('int', repr(spec), [three(v, spec) for v in INTS])
for spec in specs(('', 'f', 'F', '%', 'e', 'g', 'd'), 5, 241):
    print('float', repr(spec), [three(v, spec) for v in FLOATS])
for spec in specs(('', 's', 'd'), 2, 103):
    print('str', repr(spec), [three(v, spec) for v in STRS])

# Hand-picked cases: zero padding through grouping, widths at the edges, '%' and 'z'.
for v, spec in [
    (1234, '012,'), (1234, '07,'), (-1234, '09_'), (1234, '0=12,'), (255, '#011_x'), (255, '#012_b'),
    (-255, '#010X'), (255, '+#x'), (-5, '=+8'), (5, '*=8'), (0, '#o'), (0, '#b'), (-0, '+d'),
    (1234.5, '012,.2f'), (-1234.5, '0=14,.1f'), (0.5, '.0f'), (1.5, '.0f'), (2.5, '.0f'), (-0.5, '.0f'),
    (-0.0, 'z.2f'), (-0.004, 'z.2f'), (-0.004, '.2f'), (-0.006, 'z.2f'), (0.125, '.2%'), (-0.5, '08.1%'),
    (2.5, '#.0f'), (2.5, '#.0%'), (1e18, '.2f'), (1.8446744073709552e17, '.2f'), (123.456, '.20f'),
    (123.456, '.27f'), (123.456, '.28f'), (1e-30, '.25f'), (0.1, '.17f'), (5e-324, '.2f'),
    ('ab', '05'), ('ab', '>05'), ('ab', '^05'), ('abc', '.1'), ('héllo', '.2'), ('héllo', '€^9.3'),
    ('x', '\U0001F600>5'), ('x', '\U0001F600^6'), (7, '\U0001F600=+6'), (7, '٣'), ('x', '1٣'),
    (7, '9999'), ('x', '10000'), (7, ',_'), (7, '_,'), (7, '.'), (7, '<<<'), ('x', '=5'), ('x', '+'),
    (7, '.2'), (7, 'z'), (7.5, 'z'), ('x', 'z'), ('x', '#'), ('x', ','), (7, ',x'), (7, '_c'),
]:
    print(repr(v), repr(spec), repr(three(v, spec)))
