# reader.line_num counts physical lines, including those inside quoted fields.
import csv
import io

text = 'a,b\n"multi\nline\nfield",2\n\nlast,row\n'
r = csv.reader(io.StringIO(text, newline=""))
for row in r:
    print(r.line_num, row)
r = csv.reader(io.StringIO(text, newline=""))
print(r.line_num)
