# raise with instances, classes, and re-raise.
def check(v):
    if v < 0:
        raise ValueError("negative: " + str(v))
    if v == 0:
        raise ZeroDivisionError
    return 10 / v

for v in [5, 0, -1]:
    try:
        print(check(v))
    except ValueError as e:
        print("ValueError", e)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", repr(e))

def reraiser():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise

try:
    reraiser()
except KeyError as e:
    print("outer got", repr(e))

try:
    raise Exception("multi", "args", 3)
except Exception as e:
    print(e.args, str(e))

err = RuntimeError("stored")
try:
    raise err
except RuntimeError as e:
    print(e is err)

try:
    try:
        raise TypeError("inner")
    except TypeError as e:
        raise ValueError("replaced")
except ValueError as e:
    print(repr(e))
