# `module.function(...)` call sites: the same site with different modules, attributes that are
# not functions, missing attributes, keyword arguments and types called through their module.
import json
import math
import re
import time
import datetime
import decimal


def call_floor(mod, x):
    return mod.floor(x)


for mod in [math, time, math]:
    try:
        print(call_floor(mod, 2.5))
    except AttributeError as e:
        print("AttributeError", e)

for i in range(3):
    try:
        math.pi()
    except TypeError as e:
        print("TypeError", e)
    try:
        math.nope(1)
    except AttributeError as e:
        print("AttributeError", e)

for i in range(2):
    print(json.dumps({"b": [1, 2], "a": i}, sort_keys=True, indent=None, separators=(",", ":")))
    print(re.sub("a", "o", "banana", count=2), re.split(r"\s+", " a b  c ", maxsplit=1))
    print(datetime.date(2024, 2, 29 - i).isoformat(), decimal.Decimal("1.10") + decimal.Decimal(i))
    print(math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), json.loads("[1, 2.5, null]"))
try:
    json.loads("{bad")
except ValueError as e:
    print("ValueError", e)
