# assert with and without messages.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("caught", repr(e), "args:", e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("caught", repr(e))
    print("str:", str(e))
try:
    assert [], ["message", "can be", "a list"]
except AssertionError as e:
    print(e.args[0])
def checked_div(a, b):
    assert b != 0, f"divisor must be non-zero, got {b!r}"
    return a / b
print(checked_div(1, 4))
try:
    checked_div(1, 0)
except AssertionError as e:
    print(e)
x = 5
try:
    assert isinstance(x, str), x
except AssertionError as e:
    print(repr(e))
print(isinstance(AssertionError(), Exception))
