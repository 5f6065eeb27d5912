# Writer errors: nothing to escape with, unquotable empty record, non-iterable rows.
import csv
import io

out = io.StringIO()
for row, kw in [(["a,b"], {"quoting": csv.QUOTE_NONE}), ([""], {"quoting": csv.QUOTE_NONE}), (5, {}), (None, {})]:
    try:
        csv.writer(out, **kw).writerow(row)
        print(repr(out.getvalue()))
    except csv.Error as e:
        print("csv.Error:", e)
try:
    csv.writer(42)
except TypeError as e:
    print("TypeError:", e)
print(repr(out.getvalue()))
