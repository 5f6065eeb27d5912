# Left-to-right evaluation of operands, arguments, dict displays.
log = []

def t(tag, value=None):
    log.append(tag)
    return tag if value is None else value

def f(*args, **kwargs):
    return args, kwargs

f(t("a"), t("b"), k=t("c"))
print(log)
log.clear()
x = t("l", 1) + t("r", 2) * t("m", 3)
print(x, log)
log.clear()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log)
log.clear()
lst = [t("x"), t("y")][t("i", 0)]
print(lst, log)
log.clear()
result = t("cond", True) and t("then")
print(result, log)
log.clear()
target = {}
target[t("key")] = t("value")
print(log)
log.clear()
a = [t(i, i) for i in range(3) if t("test" + str(i), i % 2 == 0)]
print(a, log)
log.clear()
v = t("T", 1) if t("C", False) else t("F", 2)
print(v, log)
