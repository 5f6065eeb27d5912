# split with default whitespace vs explicit separator, and maxsplit.
print("a b  c\td\ne".split(), "  leading and trailing  ".split())
print("a b  c".split(" "), "  x  ".split(" "), "".split(), "".split(","), "   ".split())
print("a,b,,c,".split(","), ",".split(","), "abc".split("abc"), "aXbXc".split("X", 1))
print("a b c d".split(None, 2), "a b c d".split(maxsplit=1), "a,b,c".split(",", maxsplit=0))
print("a b c".split(" ", -1), "a::b::c".split("::"), "aaa".split("a"), "aaaa".split("aa"))
print("k1=v1&k2=v2&k3".split("&"), [p.split("=") for p in "k1=v1&k2=v2&k3".split("&")])
print("héllo wörld".split("ö"), "日本 語".split(), "a\u3000b\u00a0c\u2003d".split())
print("one\x1ctwo\x1dthree\x85four".split(), "x\x0by\x0cz".split())
print("1, 2 ,3".split(","), [x.strip() for x in "1, 2 ,3".split(",")])
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
line = "2024-01-15 10:30:00 INFO  user=ann action=login"
date, time, level, *rest = line.split()
print(date.split("-"), time.split(":"), level, dict(kv.split("=") for kv in rest))
