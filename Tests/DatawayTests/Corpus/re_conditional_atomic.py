import re
p = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    m = p.match(s)
    print(s, m.group(2) if m else None)
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)ab", "aaab"))
print(re.match(r"a*+b", "aaab"), re.match(r"a*+ab", "aaab"))
print(re.match(r"(?:ab)++c", "ababc"))
