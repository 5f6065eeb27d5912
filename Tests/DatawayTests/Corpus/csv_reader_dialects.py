# Dialect names and format parameters.
import csv

print(csv.list_dialects())
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(['a,b\\,c,d'], escapechar="\\")))
print(list(csv.reader(['"a\\"b",c'], escapechar="\\", doublequote=False)))
print(list(csv.reader(['a,"b,c"'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['1,"x",2.5,-3'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a|b|c"], delimiter="|")))
print(list(csv.reader(["a·b·c"], delimiter="·")))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
