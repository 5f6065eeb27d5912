import re
TOKENS = [("NUM", r"\d+(?:\.\d+)?"), ("ID", r"[A-Za-z_]\w*"), ("OP", r"[+\-*/()=]"), ("WS", r"\s+"), ("ERR", r".")]
MASTER = re.compile("|".join("(?P<%s>%s)" % t for t in TOKENS))
def tokens(s):
    out = []
    for m in MASTER.finditer(s):
        kind = m.lastgroup
        if kind != "WS":
            out.append((kind, m.group()))
    return out
print(tokens("x = 3.14 * (y + 42) $"))
print(MASTER.match("  ").lastgroup, MASTER.match("abc").lastindex)
