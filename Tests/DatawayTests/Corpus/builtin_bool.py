# bool() conversion of every kind of value.
values = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), "", " ", "0", "False", [], [0], (), ((),),
          {}, {"": ""}, set(), frozenset(), range(0), range(2), b"", b"\x00", bytearray(), None,
          True, False]
for v in values:
    print(repr(v), bool(v))
print(bool(), type(bool(1)), True + True, True * 3, int(True), float(False), str(True))
print(isinstance(True, int), True == 1, False == 0, True is True)
print(bool(0) is False, bool("x") is True, not bool(None))
print(sum([True, True, False]), [True, False].count(1), True + 0.5)
print(bool(Exception()), bool(ValueError("")), bool(print))
print(True & False, True | False, True ^ True, -True, ~False)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
