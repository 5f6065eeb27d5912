# Exceptions raised by builtins and caught: their message, args, repr and chaining must look
# exactly as in CPython however late (or whether) the script looks at them.
def parse(v):
    try:
        return int(v)
    except ValueError:
        return None

print([parse(x) for x in ["1", "x", "2", "", " 3 "]])

try:
    int("abc")
except ValueError as e:
    saved = e
print(saved)
print(saved.args)
print(repr(saved))
print(str(saved) == "invalid literal for int() with base 10: 'abc'")
print(isinstance(saved, ValueError), isinstance(saved, Exception), isinstance(saved, TypeError))

try:
    float("1,5")
except ValueError as e:
    print(e.args[0])
    print(repr(e))

try:
    float("")
except ValueError as e:
    print(repr(e))

try:
    int("it's", 16)
except ValueError as e:
    print(e)

errs = []
for s in ["a", "1", "b\"'", "2.5", "0x10"]:
    try:
        int(s)
    except ValueError as e:
        errs.append(e)
print(len(errs), [str(e) for e in errs])
print(errs[2].args, repr(errs[2]))


def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("not a number: " + s) from e


try:
    convert("zz")
except TypeError as e:
    print(repr(e), e.args)

# Re-raise keeps the original message.
try:
    try:
        int("q")
    except ValueError:
        raise
except ValueError as e:
    print("reraised:", e)

# An exception passed on as an argument of another.
try:
    try:
        float("nan!")
    except ValueError as inner:
        raise KeyError(inner)
except KeyError as e:
    print(repr(e), str(e))

# finally runs whether or not the message is ever built.
log = []
for s in ["5", "five"]:
    try:
        log.append(int(s))
    except ValueError:
        log.append("bad")
    finally:
        log.append("done")
print(log)

# except with a tuple, a non-matching first entry, and a bad entry after the match.
try:
    int("x")
except (TypeError, ValueError) as e:
    print("tuple", e)
try:
    try:
        int("y")
    except (KeyError, 5):
        print("no")
except TypeError as e:
    print("bad handler:", e)
try:
    try:
        int("y")
    except 5:
        print("no")
except TypeError as e:
    print("bad handler:", e)

# Nested functions: the handler two frames up gets the exception.
def a(s):
    return b(s) + 1


def b(s):
    return int(s)


for s in ["3", "three"]:
    try:
        print(a(s))
    except ValueError as e:
        print("outer caught", e)

count = 0
for i in range(2000):
    try:
        int("n" + str(i % 3))
    except ValueError:
        count += 1
print(count)
