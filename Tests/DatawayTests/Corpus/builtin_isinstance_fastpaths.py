# isinstance with single types and tuples, including bool as an int and nested tuples.
vals = [1, -5, True, False, 1.5, float("nan"), "s", "", None, [1], (1,), {}, set(), b"x", 10 ** 30, ValueError("x")]
types = [int, float, str, bool, list, tuple, dict, (int, float), (str,), (), (list, (tuple, dict)),
         Exception, ValueError, BaseException, (KeyError, ValueError)]
for v in vals:
    print(repr(v), [isinstance(v, t) for t in types])
for bad in [5, "int", [int], (int, 5), (5, int)]:
    try:
        print(isinstance(3, bad))
    except TypeError as e:
        print("TypeError:", e)
