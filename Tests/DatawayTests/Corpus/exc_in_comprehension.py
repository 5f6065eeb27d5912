# Exceptions raised inside comprehensions and lambdas propagate normally.
def safe_int(s):
    try:
        return int(s)
    except ValueError:
        return None
print([safe_int(s) for s in ["1", "x", "3"]])
try:
    print([int(s) for s in ["1", "x", "3"]])
except ValueError as e:
    print("ValueError:", e)
try:
    print({k: 1 / v for k, v in {"a": 1, "b": 0}.items()})
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(sum(x["v"] for x in [{"v": 1}, {}]))
except KeyError as e:
    print("KeyError:", e)
try:
    print(sorted([3, 1, 2], key=lambda x: 1 / (x - 2)))
except ZeroDivisionError as e:
    print("ZeroDivisionError in key:", e)
try:
    print(list(map(lambda s: s.upper(), ["a", 1])))
except AttributeError as e:
    print("AttributeError:", e)
print([x for x in [1, 2, 3] if safe_int(str(x)) is not None])
