# getattr/hasattr on built-in objects (attributes are methods).
s = "hello"
print(hasattr(s, "upper"), hasattr(s, "nope"), hasattr([], "append"), hasattr({}, "keys"))
print(getattr(s, "upper")(), getattr(s, "replace")("l", "L"), getattr([3, 1], "index")(1))
print(getattr(s, "missing", "fallback"), getattr(5, "nope", None))
method_name = "title"
print(getattr("some words", method_name)())
for name in ["strip", "lower", "swapcase"]:
    print(name, repr(getattr("  MiXed  ", name)()))
try:
    getattr(s, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(s, 1)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(1, "bit_length"), getattr(10, "bit_length")(), hasattr(1.5, "is_integer"))
import math
print(hasattr(math, "sqrt"), getattr(math, "floor")(2.5), getattr(math, "tau", "no tau") == 2 * math.pi)
