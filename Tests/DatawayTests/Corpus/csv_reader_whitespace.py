# Spaces are data unless skipinitialspace; quotes only count at the start of a field.
import csv

lines = ['a, b ,c', ' "q" ,x', 'x,"y" ,z', ' , ,']
print(list(csv.reader(lines)))
print(list(csv.reader(lines, skipinitialspace=True)))
print(list(csv.reader(['a,"b""c",d', '"",""""', '"a""', 'no"quote'])))
