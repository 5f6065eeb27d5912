# QUOTE_NONNUMERIC turns every unquoted field into a float.
import csv

print(list(csv.reader(['1,2.5,"3",-4e2', '"x",0,  7'], quoting=csv.QUOTE_NONNUMERIC)))
try:
    list(csv.reader(["1,two"], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print(e)
print(list(csv.reader(['1,,"",2'], quoting=csv.QUOTE_NONNUMERIC)))
