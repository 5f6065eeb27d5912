import re
print(re.search(pattern=r"\d+", string="ab12"))
print(re.match(r"a", "A", flags=re.I))
print(re.sub(r"a", repl="b", string="aaa", count=1))
print(re.split(r",", "a,b,c", maxsplit=1))
print(re.findall(r"a", "AaA", re.I), re.fullmatch(r"a+", "AAA", flags=re.I))
print(re.compile(r"x").sub(repl="y", string="xx", count=1))
print(re.compile(r"x").split(string="axbxc", maxsplit=1))
