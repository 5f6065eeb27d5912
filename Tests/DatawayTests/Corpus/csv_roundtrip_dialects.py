# Round trips through every dialect and quoting mode.
import csv
import io

rows = [["a", "b c", "d,e", 'f"g', "h\ti", "j\nk", ""]]
for dialect in csv.list_dialects():
    for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL):
        out = io.StringIO()
        csv.writer(out, dialect=dialect, quoting=quoting).writerows(rows)
        back = list(csv.reader(io.StringIO(out.getvalue(), newline=""), dialect=dialect))
        print(dialect, quoting, back == rows, repr(out.getvalue()))
