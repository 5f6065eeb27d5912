# raise ... from e, raise ... from None, and implicit chaining (values only).
def parse_port(s):
    try:
        port = int(s)
    except ValueError as e:
        raise ValueError(f"invalid port {s!r}") from e
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port

for s in ["80", "http", "70000", "-1"]:
    try:
        print(parse_port(s))
    except ValueError as e:
        print("error:", e)

def load(d, key):
    try:
        return d[key]
    except KeyError:
        raise RuntimeError("config key missing: " + key) from None

try:
    load({}, "db")
except RuntimeError as e:
    print(repr(e))

def layered():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("layer 1") from e
    except ValueError as e:
        raise TypeError("layer 2") from e

try:
    layered()
except TypeError as e:
    print(repr(e), e.args)
