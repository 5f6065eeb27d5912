# Group texts, split pieces and substitutions keep their length and indexing, ASCII or not.
import re

subjects = [
    "user=ada@example.com rt=0.5",
    "user=josé@corp.example.net rt=1.25",
    "名前=山田 太郎; city=東京",
    "emoji=😀😃 tail=x",
    "plain ascii line with words",
]
kv = re.compile(r"(\w+)=(\S+)")
for s in subjects:
    for m in kv.finditer(s):
        k, v = m.group(1), m.group(2)
        print(repr(k), repr(v), len(k), len(v), v[:2], v[-1:], v.upper(), m.span(2))
    parts = re.split(r"[ =;]+", s)
    print(parts, [len(p) for p in parts], [p[::-1] for p in parts])
    print(kv.sub(r"\2:\1", s), len(kv.sub("-", s)))
    print(re.sub(r"[^\x00-\x7f]", "?", s), re.sub(r"\s+", lambda m: "_" * len(m.group(0)), s))
    print(kv.findall(s), [a + b for a, b in kv.findall(s)])

m = re.match(r"(?P<head>.)(?P<mid>.*)(?P<tail>.)$", "ünïcødé")
print(m.groupdict(), m.group("mid").find("c"), m["tail"] == "é", m.group(0)[1:3])
print([g.isascii() for g in m.groups()], "".join(reversed(m.groups())))
print(re.sub("a", "ä", "banana"), len(re.sub("a", "ä", "banana")), re.sub("ä", "a", "bänänä").index("n"))
