# isinstance with single types, tuples, bool/int relationship and exceptions.
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance(1, (str, int)), isinstance("x", (list, tuple)), isinstance(None, type(None)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(frozenset(), set), isinstance(b"", bytes), isinstance(bytearray(), bytes))
print(isinstance(range(1), range), isinstance(slice(1), slice), isinstance(1, float))
print(isinstance(KeyError(), LookupError), isinstance(KeyError(), Exception), isinstance(ValueError(), KeyError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(UnicodeError(), ValueError))
print(isinstance(int, type), isinstance(str, type), isinstance(len, type))
print(isinstance(1, (int, (str, (float,)))), isinstance(1, ()))
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
def describe(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "text"
    if isinstance(v, (list, tuple)):
        return "sequence"
    return "other"
print([describe(v) for v in [True, 3, 2.5, "s", [1], (2,), None, {}]])
