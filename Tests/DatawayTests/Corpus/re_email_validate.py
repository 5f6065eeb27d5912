import re
EMAIL = re.compile(r"^[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")
for s in ["a@b.co", "first.last+tag@mail.example.org", "bad@", "@bad.com", "x@y", "ümlaut@example.de", "a b@c.de"]:
    print(repr(s), bool(EMAIL.match(s)), bool(EMAIL.fullmatch(s)))
print(re.sub(r"(?<=.).(?=[^@]*@)", "*", "jonathan@example.com"))
