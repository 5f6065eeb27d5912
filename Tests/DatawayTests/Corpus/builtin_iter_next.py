# iter() and next() with defaults and exhaustion.
it = iter("ab")
print(next(it), next(it), next(it, None), next(it, "again"))
nums = iter([1, 2, 3])
print(list(nums), list(nums), next(nums, "empty"))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
it2 = iter(range(5))
next(it2)
print(sum(it2))
it3 = iter([1, 2, 3])
print(iter(it3) is it3)
gen = (c.upper() for c in "xyz")
print(next(gen), "".join(gen))
for bad in [5, None, 1.5]:
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter(()))
except StopIteration as e:
    print("StopIteration:", repr(e), e.args)
