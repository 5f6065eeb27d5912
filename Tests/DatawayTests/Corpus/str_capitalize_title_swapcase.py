# capitalize, title, swapcase, istitle on ASCII and non-ASCII.
samples = ["hello world", "HELLO WORLD", "hELLO wORLD", "they're bill's friends", "123abc def",
           "élan vital", "ǆemal", "ß is sharp", "o'neil mc-donald", "  leading space", "", "a", "ÉCOLE"]
for s in samples:
    print(repr(s), "|", s.capitalize(), "|", s.title(), "|", s.swapcase(), "|", s.istitle())
print("hello_world-foo.bar".title())
print("x1y2z3".title(), "ABC1def".capitalize())
print("ﬁne".capitalize(), "ﬁne".title(), "ﬁne".upper())
print("İstanbul".swapcase(), "ß".swapcase(), "µ".swapcase())
print("Title Case".istitle(), "Title case".istitle(), "1st Place".istitle(), "".istitle(), "A1 B2".istitle())
