# Duplicate header names, header-only input, short and long rows.
import csv

print(list(csv.DictReader(["a,a,b", "1,2,3"])))
print(list(csv.DictReader(["a,b"])))
print(list(csv.DictReader(["a,b,c", "1", "1,2,3,4,5"], restval="", restkey="more")))
r = csv.DictReader(["", "", "h1,h2", "", "v1,v2"])
print(r.fieldnames, list(r))
