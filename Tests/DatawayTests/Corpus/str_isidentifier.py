# isidentifier follows Python's identifier rules (keywords still count as identifiers).
for s in ["name", "_private", "__dunder__", "a1", "1a", "", "with space", "café", "日本",
          "class", "None", "a-b", "a.b", "_", "x²", "ℕ", "$var", "ñ_1", "é1", "\u00b7x", "x\u00b7"]:
    print(repr(s), s.isidentifier())
keys = ["user_id", "user-id", "2fa", "ok"]
print([k for k in keys if k.isidentifier()])
print([k.replace("-", "_") for k in keys if not k.isidentifier() and k.replace("-", "_").isidentifier()])
def to_identifier(s):
    out = "".join(c if (c.isalnum() or c == "_") else "_" for c in s)
    if not out or out[0].isdigit():
        out = "_" + out
    return out
for raw in ["first name", "2nd-field", "ok", "", "e-mail@addr"]:
    ident = to_identifier(raw)
    print(repr(raw), "->", ident, ident.isidentifier())
