# RuntimeError and its subclasses RecursionError and NotImplementedError.
print(isinstance(RecursionError(), RuntimeError), isinstance(NotImplementedError(), RuntimeError))
def abstract_op():
    raise NotImplementedError("subclass must implement")
try:
    abstract_op()
except RuntimeError as e:
    print("RuntimeError handler:", repr(e))
try:
    raise RecursionError("maximum recursion depth exceeded (simulated)")
except RuntimeError as e:
    print(repr(e), str(e))
try:
    raise RuntimeError
except RuntimeError as e:
    print(repr(e), repr(str(e)), e.args)
try:
    raise NotImplementedError
except NotImplementedError as e:
    print(repr(e))
def shallow(n):
    return 0 if n == 0 else 1 + shallow(n - 1)
print(shallow(50))
