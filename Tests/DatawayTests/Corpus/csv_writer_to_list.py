# Any object with a write method is a target: here a StringIO per row.
import csv
import io

rows = [["id", "v"], [1, "a"], [2, "b,c"]]
lines = []
for row in rows:
    buf = io.StringIO()
    print(csv.writer(buf).writerow(row))
    lines.append(buf.getvalue())
print(lines)
buf = io.StringIO("prefix:")
buf.seek(0, 2)
csv.writer(buf, lineterminator="|").writerows(rows)
print(buf.getvalue())
