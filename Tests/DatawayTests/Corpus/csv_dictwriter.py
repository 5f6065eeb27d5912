# csv.DictWriter: header, restval, extrasaction.
import csv
import io

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["id", "name", "tags"])
print(w.writeheader())
w.writerow({"id": 1, "name": "Ann", "tags": "a,b"})
w.writerow({"id": 2})
w.writerows([{"name": "Cy", "id": 3}, {"id": 4, "tags": None}])
print(repr(out.getvalue()))
print(w.fieldnames)
try:
    w.writerow({"id": 5, "colour": "red"})
except ValueError as e:
    print("ValueError:", e)
out = io.StringIO()
w = csv.DictWriter(out, ["a", "b"], restval="-", extrasaction="ignore", quoting=csv.QUOTE_ALL)
w.writerow({"a": 1, "zzz": 2})
print(repr(out.getvalue()))
try:
    csv.DictWriter(out, ["a"], extrasaction="explode")
except ValueError as e:
    print("ValueError:", e)
