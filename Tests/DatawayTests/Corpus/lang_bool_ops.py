# and / or return one of their operands; not always returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", "value" or "default")
print(None or [] or {} or "last")
print([] and "never", [0] and "yes")
print(not 0, not 1, not "", not "x", not None, not [])
print(None and 1 / 0)
print(True or 1 / 0)

def t(tag, val):
    print("eval", tag)
    return val

print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 0) and t("c", 1))
print(t("a", 0) or t("b", "") or t("c", "C"))
print(t("a", 1) or t("b", 2))

config = {"name": "", "size": 0}
name = config.get("name") or "anonymous"
size = config.get("size") or 10
missing = config.get("missing") or "n/a"
print(name, size, missing)

print(True and not False, not (True and False))
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3)
print(type(1 and 2), type(not 1))
print(bool(0.0) or "fallback", 0.0 or 0 or "")
