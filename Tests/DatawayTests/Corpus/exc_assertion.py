# AssertionError from assert statements and raised directly.
def check_positive(x):
    assert x > 0, f"expected positive, got {x}"
    return x
for v in [1, 0, -2]:
    try:
        print(check_positive(v))
    except AssertionError as e:
        print(repr(e), str(e), e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), repr(str(e)), e.args)
try:
    assert False, None
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False, (1, 2)
except AssertionError as e:
    print(repr(e), str(e))
try:
    raise AssertionError("direct")
except AssertionError as e:
    print(repr(e))
print(isinstance(AssertionError(), Exception))
