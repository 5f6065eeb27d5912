# DictWriter writes fields in fieldnames order, whatever the dict order.
import csv
import io

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=("c", "a", "b"), lineterminator="\n")
w.writeheader()
w.writerow({"a": 1, "b": 2, "c": 3})
w.writerow({"b": "x"})
print(out.getvalue(), end="")
out = io.StringIO()
w = csv.DictWriter(out, ["k"], dialect="unix")
w.writeheader()
w.writerow({"k": 'v"q'})
print(repr(out.getvalue()))
