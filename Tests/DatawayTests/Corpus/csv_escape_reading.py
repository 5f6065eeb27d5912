# Escape characters when reading: escaped delimiters, quotes, newlines and the escape itself.
import csv

print(list(csv.reader(["a\\,b,c", "d\\\\e,f"], escapechar="\\")))
print(list(csv.reader(['"a\\"b",c'], escapechar="\\")))
print(list(csv.reader(["a\\", "b,c"], escapechar="\\")))
print(list(csv.reader(["x\\\r\n", "y,z\r\n"], escapechar="\\")))
print(list(csv.reader(["q'a,b'r"], quotechar="'", quoting=csv.QUOTE_NONE)))
