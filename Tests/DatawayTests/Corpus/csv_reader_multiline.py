# Quoted fields may contain newlines; the record spans several lines.
import csv
import io

text = 'id,address\r\n1,"Line one\r\nLine two"\r\n2,"A\nB\nC"\r\n3,plain\r\n'
r = csv.reader(io.StringIO(text, newline=""))
for row in r:
    print(row, r.line_num)
print(list(csv.reader(io.StringIO('a,"b\nc"\nd,e\n'))))
print(list(csv.reader(['a,"unterminated', "still going"])))
print(list(csv.reader(['"abc"def,g'])))
print(list(csv.reader(['abc"def",g'])))
