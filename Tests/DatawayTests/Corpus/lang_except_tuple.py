# except with a tuple of types and multiple except clauses.
def risky(kind):
    if kind == "key":
        return {}["x"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("nope")
    if kind == "zero":
        return 1 % 0
    return "fine"

for kind in ["key", "index", "type", "value", "zero", "ok"]:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print(kind, "-> lookup problem:", repr(e))
    except (TypeError, ValueError) as e:
        print(kind, "-> bad data:", e)
    except Exception as e:
        print(kind, "-> other:", repr(e))

errors = (ValueError, TypeError)
try:
    int("x")
except errors as e:
    print("tuple in a variable:", e)

try:
    raise KeyError("first match wins")
except LookupError as e:
    print("LookupError clause:", repr(e))
except KeyError as e:
    print("never reached")
