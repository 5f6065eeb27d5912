# csv.DictReader: header row, explicit fieldnames, restkey/restval, blank lines.
import csv
import io

text = "name,qty,price\r\nwidget,2,9.99\r\n\r\ngadget,1\r\nbolt,10,0.10,extra,more\r\n"
r = csv.DictReader(io.StringIO(text, newline=""))
print(r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(["1,2", "3,4,5"], fieldnames=["a", "b"], restkey="rest", restval="?")
print(list(r))
r = csv.DictReader(["x;y", "1;2"], delimiter=";")
print(list(r))
r = csv.DictReader([])
print(r.fieldnames, list(r))
r = csv.DictReader(["a,b", "1"], restval="missing")
print(next(r))
