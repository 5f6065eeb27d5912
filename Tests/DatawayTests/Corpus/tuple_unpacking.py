# Tuples as return values, swaps, and loop unpacking.
def minmax(seq):
    return min(seq), max(seq)

lo, hi = minmax([3, 9, 1])
print(lo, hi, minmax("hello"))
point = (3, 4)
x, y = point
print((x ** 2 + y ** 2) ** 0.5)
records = [("ann", 30, "oslo"), ("bob", 25, "rome")]
for name, age, city in records:
    print(f"{name} is {age} in {city.title()}")
for name, *rest in records:
    print(name, rest)
(a, b), (c, d) = (1, 2), (3, 4)
print(a, b, c, d)
pairs = tuple(zip("abc", range(3)))
print(pairs, dict(pairs))
first, *_ = (10, 20, 30)
print(first)
t = ()
try:
    (only,) = t
except ValueError as e:
    print("ValueError:", e)
print(tuple(x * 2 for x in (1, 2)), divmod(17, 5), tuple(divmod(17, 5)) == (3, 2))
