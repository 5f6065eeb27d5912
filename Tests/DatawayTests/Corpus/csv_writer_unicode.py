# Non-ASCII text and non-ASCII delimiters.
import csv
import io

out = io.StringIO()
w = csv.writer(out)
w.writerow(["中文", "emoji 😀", "ünïcödé", "a,b"])
w.writerow(["tab\t", "nbsp\u00a0", "line\u2028sep"])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, delimiter="；", quotechar="「").writerow(["甲；乙", "丙", "丁「"])
print(repr(out.getvalue()))
print(list(csv.reader([out.getvalue().rstrip("\r\n")], delimiter="；", quotechar="「")))
