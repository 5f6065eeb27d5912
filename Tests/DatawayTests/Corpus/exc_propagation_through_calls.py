# Exceptions unwind through several function frames until caught.
trail = []
def level3(x):
    trail.append("enter 3")
    return {"a": 1}[x]
def level2(x):
    trail.append("enter 2")
    try:
        return level3(x)
    finally:
        trail.append("leave 2")
def level1(x):
    trail.append("enter 1")
    try:
        return level2(x)
    except IndexError:
        trail.append("wrong handler")
        return None
for key in ["a", "b"]:
    trail.clear()
    try:
        print("result", level1(key))
    except KeyError as e:
        print("caught at top", repr(e))
    print(trail)
def swallow(fn, *args):
    try:
        return fn(*args)
    except Exception as e:
        return "swallowed " + repr(e)
print(swallow(level1, "zz"), swallow(int, "5"), swallow(int, "five"))
