# Write with csv.writer, read back with csv.reader: nothing is lost.
import csv
import io

rows = [
    ["plain", "with,comma", 'with "quotes"', "multi\nline", "crlf\r\nline", "", " lead", "trail "],
    ["中文", "emoji 😀", "tab\tinside", "semi;colon", "back\\slash", "'single'", '"', ","],
]
out = io.StringIO()
csv.writer(out).writerows(rows)
back = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
print(back == rows)
print(back)
out = io.StringIO()
w = csv.DictWriter(out, ["k", "v"])
w.writeheader()
for k in range(5):
    w.writerow({"k": k, "v": "x" * k + ',"'})
print(list(csv.DictReader(io.StringIO(out.getvalue(), newline=""))))
