# csv.reader over a list of lines and over io.StringIO.
import csv
import io

text = 'id,name,note\r\n1,Ann,"hello, world"\r\n2,Bob,"say ""hi"""\r\n3,Cy,\r\n'
for row in csv.reader(io.StringIO(text, newline="")):
    print(row)
print(list(csv.reader(["a,b,c", "1,2,3"])))
print(list(csv.reader("x,y\n1,2\n".splitlines())))
r = csv.reader(["a,b\n", "c,d\n", "\n", "e,f\n"])
print(next(r), r.line_num)
for row in r:
    print(row, r.line_num)
print(list(csv.reader([",,", ",", ""])))
print(list(csv.reader(['"",""', '" a ", b '])))
