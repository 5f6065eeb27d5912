# TypeErrors from using the wrong type as an index or key.
lst = [1, 2, 3]
tup = (1, 2)
s = "abc"
bs = b"ab"
tests = [
    lambda: lst["0"], lambda: lst[1.0], lambda: lst[None], lambda: tup["x"], lambda: s[1.5],
    lambda: lst[[0]], lambda: bs["a"], lambda: range(3)["1"], lambda: lst["1":2],
]
for i, fn in enumerate(tests):
    try:
        print(i, fn())
    except TypeError as e:
        print(i, e)
def assign(c, k, v):
    c[k] = v
for c, k in [(lst, "a"), (tup, 0), (s, 0), (frozenset(), 0), (range(2), 0)]:
    try:
        assign(c, k, 1)
    except TypeError as e:
        print(e)
def delete(c, k):
    del c[k]
for c, k in [(tup, 0), (s, 0), (lst, "x")]:
    try:
        delete(c, k)
    except TypeError as e:
        print(e)
