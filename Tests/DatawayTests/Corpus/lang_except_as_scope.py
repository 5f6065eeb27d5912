# The name bound by `except ... as e` is deleted after the handler.
e = "before"
try:
    raise ValueError("boom")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("after handler:", err)

saved = None
try:
    1 / 0
except ZeroDivisionError as exc:
    saved = exc
print("saved:", repr(saved), saved.args)

def handler():
    try:
        raise KeyError("inner")
    except KeyError as err:
        return "returned " + repr(err)
print(handler())

results = []
for v in ["1", "x", "3"]:
    try:
        results.append(int(v))
    except ValueError as problem:
        results.append(str(problem))
print(results)
try:
    try:
        raise TypeError("t")
    except TypeError as e1:
        raise ValueError("v: " + str(e1))
except ValueError as e2:
    print(e2)
