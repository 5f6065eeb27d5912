# Numbers are written with str(): ints, floats (repr), bools, big ints.
import csv
import io

out = io.StringIO()
w = csv.writer(out)
w.writerow([0, -1, 10 ** 25, 1.0, 0.1, 1e-7, 1e22, float("inf"), True, False])
w.writerow([1 / 3, 2.5, -0.0, 123456789.125])
print(out.getvalue(), end="")
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC).writerow([1, 1.5, "1", True, None, ""])
print(out.getvalue(), end="")
