# callable() on functions, lambdas, builtins, types and plain values.
def f():
    pass
items = [f, lambda: 0, len, print, str, int, list, dict, Exception, ValueError, "str",
         1, None, [], {}, str.upper, "abc".upper, [].append, {}.get, max, range, callable]
print([callable(x) for x in items])
print(callable(type), callable(type(1)), callable(iter([])))
import math
import json
print(callable(math.sqrt), callable(math.pi), callable(json.dumps), callable(json))
