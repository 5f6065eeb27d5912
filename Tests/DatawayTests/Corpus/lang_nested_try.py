# Nested try blocks and exceptions raised inside handlers and finally.
def level(n):
    try:
        try:
            if n == 1:
                raise ValueError("inner value")
            if n == 2:
                raise KeyError("inner key")
            return "no error"
        except ValueError as e:
            return "inner handled " + str(e)
        finally:
            print("  inner finally", n)
    except KeyError as e:
        return "outer handled " + repr(e)
    finally:
        print("  outer finally", n)

for n in range(3):
    print(level(n))

def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")

try:
    handler_raises()
except TypeError as e:
    print("got", repr(e))

def finally_raises():
    try:
        raise ValueError("lost")
    finally:
        raise RuntimeError("from finally")

try:
    finally_raises()
except RuntimeError as e:
    print("got", repr(e))
except ValueError:
    print("never")
