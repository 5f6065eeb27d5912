# Using exceptions (EAFP) versus checks (LBYL).
data = {"a": "1", "b": "two", "c": None}

def eafp(key):
    try:
        return int(data[key])
    except KeyError:
        return "missing"
    except ValueError:
        return "not a number"
    except TypeError:
        return "null"

def lbyl(key):
    if key not in data:
        return "missing"
    v = data[key]
    if v is None:
        return "null"
    if not v.isdigit():
        return "not a number"
    return int(v)

for k in ["a", "b", "c", "d"]:
    print(k, eafp(k), lbyl(k), eafp(k) == lbyl(k))

def first_int(items):
    for it in items:
        try:
            return int(it)
        except (TypeError, ValueError):
            pass
    raise LookupError("no int in " + repr(items))

print(first_int(["x", None, "42", "7"]))
try:
    first_int(["x"])
except LookupError as e:
    print("LookupError:", e)
