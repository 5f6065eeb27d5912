# csv.reader over any iterable of strings: generator expressions, maps, tuples.
import csv

lines = ("%d,%s" % (i, "x" * i) for i in range(4))
print(list(csv.reader(lines)))
print(list(csv.reader(map(str.upper, ["a,b", "c,d"]))))
print(list(csv.reader(("p;q", "r;s"), delimiter=";")))
r = csv.reader(iter(["1,2", "3,4"]))
print(next(r), next(r))
try:
    next(r)
except StopIteration:
    print("done")
