import re
DATE = re.compile(r"""
    (?P<year>\d{4})   # year
    [-/]
    (?P<month>0[1-9]|1[0-2])  # month
    [-/]
    (?P<day>\d{2})    # day
""", re.VERBOSE)
for s in ["2024-03-05", "2024/12/31", "2024-13-01", "x2024-01-01"]:
    m = DATE.match(s)
    print(s, m.groupdict() if m else None)
print(re.findall(r"(?x) \d+  \#  [a-z]+ ", "12#ab 3 # c 45#z"))
print(re.match(r"(?x) a [ ] b", "a b"))
