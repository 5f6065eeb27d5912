# Exception args, str() and repr() for zero, one and many arguments.
cases = [Exception(), Exception("one"), Exception("two", 2), Exception(None), Exception(""),
         ValueError(3.5), KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(1), IndexError(0),
         TypeError(["list"]), RuntimeError({"d": 1}), ZeroDivisionError("x"), AttributeError("attr"),
         StopIteration(42), NameError("n"), AssertionError(False), KeyError(""), Exception("q'uote")]
for e in cases:
    print(repr(e), "|", str(e), "|", e.args, "|", len(e.args))
print(str(KeyError("multi\nline")), repr(KeyError("multi\nline")))
print(repr(ValueError("é")), str(ValueError("é")), repr(Exception(b"bytes")))
e = ValueError("first", "second")
print(e.args[0], e.args[-1], len(e.args), list(e.args))
print(str(IndexError("list index out of range")), repr(ZeroDivisionError("division by zero")))
print(repr(KeyError(("tuple", "key"))), str(KeyError(("tuple", "key"))))
print(str(Exception(1)), str(Exception([1, 2])), str(Exception((1,))), repr(Exception((1,))))
