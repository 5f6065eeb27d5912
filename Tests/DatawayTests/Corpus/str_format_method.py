# str.format and str.format_map.
print("{}-{}".format("a", "b"), "{1}-{0}".format("a", "b"), "{x}{y}".format(x=1, y=2))
point = {"x": 3, "y": -4}
print("({x}, {y})".format(**point), "({x}, {y})".format_map(point))
print("{0[x]:>5}|{0[y]:<5}|".format(point))
print("{:=^20}".format(" Report "))
print("{:>10.3f}|{:<+8d}|{:^10,}".format(3.14159, 42, 1234567))
print("{:%}|{:.1%}".format(0.25, 1 / 3), "{:e}".format(12345), "{:g}".format(1e-10))
print("{!r:>10}|{!s:<6}|".format("r", "s"))
print("{0}{0}{0}".format("ab"), "{}".format(()), "{}".format({}))
print("{:c}{:c}".format(80, 121), "{:#b} {:#o} {:#x}".format(5, 8, 255))
class_like = {"name": "Ann", "langs": ["py", "swift"]}
print("{name} knows {langs[1]}".format_map(class_like))
print("{} {{escaped}} {}".format(1, 2), "{{{0}}}".format("x"))
print("{:s}".format("plain"), "{:10s}|".format("pad"))
for tmpl, args in [("{", ()), ("}", ()), ("{0:}", ()), ("{:q}", (1,)), ("{a}", ())]:
    try:
        print(tmpl.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(e))
