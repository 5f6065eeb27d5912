# csv.writer quotes only when needed and ends lines with \r\n.
import csv
import io

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["id", "name", "note"]))
w.writerow([1, "Ann", "hello, world"])
w.writerow([2, "Bob", 'say "hi"'])
w.writerow([3, "Cy", "line1\nline2"])
w.writerow([4.5, None, True, ""])
w.writerow([])
w.writerow([""])
w.writerow([None])
w.writerows([["a", "b"], ("c", "d")])
w.writerow("xyz")
print(repr(out.getvalue()))
