# finally runs on normal exit, exceptions, return, break and continue.
events = []
def run(mode):
    try:
        events.append(f"{mode}:try")
        if mode == "raise":
            raise ValueError(mode)
        if mode == "return":
            return "returned"
    except ValueError:
        events.append(f"{mode}:except")
        return "handled"
    else:
        events.append(f"{mode}:else")
    finally:
        events.append(f"{mode}:finally")
    return "fell through"
for m in ["normal", "raise", "return"]:
    print(m, "->", run(m))
print(events)
def unhandled():
    try:
        raise KeyError("escapes")
    finally:
        events.append("cleanup")
events.clear()
try:
    unhandled()
except KeyError as e:
    print(repr(e), events)
