# in, count and index on ranges.
r = range(0, 100, 7)
print(14 in r, 15 in r, 98 in r, 105 in r, -7 in r, 0 in r)
print(r.index(49), r.count(49), r.count(50), r.index(0))
try:
    r.index(50)
except ValueError as e:
    print("ValueError:", e)
neg = range(10, -10, -3)
print(list(neg), 4 in neg, 5 in neg, neg.index(-8))
print(1.0 in range(3), 2.5 in range(3), True in range(2), "1" in range(3))
big = range(0, 10 ** 20, 3)
print(10 ** 19 - 1 in big, 10 ** 19 in big, big[-1], big.index(999999999999999999))
print(range(5).count(2), range(5).count(7), range(5).count(2.0))
