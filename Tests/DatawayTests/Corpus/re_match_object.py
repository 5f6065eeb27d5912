import re
m = re.search(r"(?P<key>\w+)=(?P<val>\w+)?(;)?", "x: color=;")
print(m.group(0), m.group(1), m.group("key"), m.group("val"), m.group(3))
print(m.group(1, "key", 0), m.groups(), m.groups("-"))
print(m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start("val"), m.end(2), m.span(3))
print(m[0], m["key"], m[2], m.pos, m.endpos, m.string, m.lastindex, m.lastgroup)
print(m.expand(r"\g<key> is \1; [\2]"))
for bad in [4, "nope", -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
print(repr(m), bool(m))
