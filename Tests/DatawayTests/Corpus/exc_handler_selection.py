# The first matching except clause wins; order matters.
def classify(exc):
    try:
        raise exc
    except ZeroDivisionError:
        return "zero-division"
    except ArithmeticError:
        return "arithmetic"
    except KeyError:
        return "key"
    except LookupError:
        return "lookup"
    except (TypeError, AttributeError):
        return "type-or-attr"
    except UnicodeError:
        return "unicode"
    except ValueError:
        return "value"
    except RuntimeError:
        return "runtime"
    except Exception:
        return "exception"
for exc in [ZeroDivisionError(), OverflowError(), ArithmeticError(), KeyError(), IndexError(),
            LookupError(), TypeError(), AttributeError(), UnicodeError(), ValueError(), RuntimeError(),
            RecursionError(), NotImplementedError(), NameError(), AssertionError(), StopIteration(),
            Exception()]:
    print(repr(exc), "->", classify(exc))
try:
    raise KeyError("class object raised")
except (IndexError, KeyError) as e:
    print("tuple handler", repr(e))
try:
    raise ValueError
except ValueError as e:
    print("raised class gives instance:", repr(e), e.args)
