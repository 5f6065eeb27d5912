# rsplit splits from the right; differs from split only with maxsplit.
s = "a.b.c.d"
print(s.rsplit("."), s.rsplit(".", 1), s.rsplit(".", 2), s.split(".", 1))
print("  a  b  c  ".rsplit(), "  a  b  c  ".rsplit(None, 1), "  a  b  c  ".rsplit(maxsplit=1))
print("a b c".rsplit(" ", 0), "".rsplit(), "".rsplit("x"), "xx".rsplit("x"))
print("aaaa".rsplit("aa"), "aaa".rsplit("aa"), "aaa".split("aa"))
path = "/home/user/docs/report.final.pdf"
print(path.rsplit("/", 1), path.rsplit(".", 1), path.rsplit("/", 1)[-1].rsplit(".", 1)[0])
print("héllo.wörld.日本".rsplit(".", 1))
try:
    "abc".rsplit("")
except ValueError as e:
    print("ValueError:", e)
fqdn = "api.eu.example.com"
sub, domain = fqdn.split(".", 1)
rest, tld = fqdn.rsplit(".", 1)
print(sub, domain, rest, tld)
