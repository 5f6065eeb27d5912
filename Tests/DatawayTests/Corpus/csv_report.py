# A finance export: aggregate CSV rows and write a summary CSV.
import csv
import io

data = """region,product,amount
north,widget,120.50
south,widget,80
north,gadget,15.25
east,widget,60
south,gadget,44.75
north,widget,9.25
"""
totals = {}
for row in csv.DictReader(io.StringIO(data)):
    key = (row["region"], row["product"])
    totals[key] = totals.get(key, 0) + float(row["amount"])
out = io.StringIO()
w = csv.writer(out)
w.writerow(["region", "product", "total"])
for (region, product), total in sorted(totals.items()):
    w.writerow([region, product, f"{total:.2f}"])
print(out.getvalue(), end="")
