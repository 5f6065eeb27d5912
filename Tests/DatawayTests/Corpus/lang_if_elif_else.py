# if / elif / else chains and truthiness of many values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 3, 10, 99, 100, 10**20]:
    print(n, classify(n))

values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {"k": 0},
          None, True, False, set(), range(0), range(1), b"", b"\x00"]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

x = 5
if x > 3:
    if x > 4:
        print("nested: >4")
    else:
        print("nested: 4")
if not x:
    print("never")
else:
    print("else branch")
