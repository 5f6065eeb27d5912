# except Exception catches all listed types; bare except and re-raise.
def boom(kind):
    if kind == 0: return [][1]
    if kind == 1: return {}["x"]
    if kind == 2: return 1 / 0
    if kind == 3: return int("z")
    if kind == 4: return None.foo
    if kind == 5: return undefined_name
    if kind == 6: return "a" + 1
    if kind == 7: raise RuntimeError("rt")
    if kind == 8: raise NotImplementedError
    if kind == 9: raise StopIteration
    return "fine"
for k in range(11):
    try:
        print(k, boom(k))
    except Exception as e:
        print(k, repr(e))
try:
    try:
        boom(2)
    except:
        print("bare except caught it")
        raise
except ZeroDivisionError as e:
    print("re-raised:", e)
