# StopIteration from next() and its value.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("exhausted:", repr(e), e.args, str(e) == "")
try:
    raise StopIteration("custom", 2)
except StopIteration as e:
    print(repr(e), e.args)
def first(iterable):
    it = iter(iterable)
    try:
        return next(it)
    except StopIteration:
        return "empty"
print(first([9, 8]), first([]), first("xy"), first(range(0)), first({"k": 1}))
print(isinstance(StopIteration(), Exception))
try:
    next(iter({}))
except Exception as e:
    print("generic handler", repr(e))
