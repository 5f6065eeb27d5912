# Quoting modes, escapechar, doublequote and custom line terminators.
import csv
import io

rows = [["a", 1, 2.5, None, 'q"t', "x,y", " sp", True]]
for q in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    out = io.StringIO()
    csv.writer(out, quoting=q).writerows(rows)
    print(q, repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'c"d', "e\\f"])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, doublequote=False, escapechar="\\")
w.writerow(['say "hi"', "plain"])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, delimiter=";", lineterminator="\n").writerow(["a;b", "c", "d\ne"])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, dialect="unix").writerow(["a", 1, None])
csv.writer(out, dialect="excel-tab").writerow(["a\tb", "c"])
print(repr(out.getvalue()))
