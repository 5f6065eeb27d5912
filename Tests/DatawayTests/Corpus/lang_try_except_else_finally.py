# The full try / except / else / finally ordering.
def attempt(x):
    log = []
    try:
        log.append("try")
        r = 10 // x
        log.append("after")
    except ZeroDivisionError:
        log.append("except")
        r = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return r, log

print(attempt(2))
print(attempt(0))

def finally_return():
    try:
        return "from try"
    finally:
        print("finally runs before return")

print(finally_return())

def finally_overrides():
    try:
        return 1
    finally:
        return 2

print(finally_overrides())

def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out

print(loop_with_finally())
try:
    try:
        raise ValueError("v")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
