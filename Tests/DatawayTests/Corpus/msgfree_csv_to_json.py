# Convert CSV text into a JSON document with typed values.
import json
csv_text = """sku,name,price,qty,discontinued
A100,Blue Pen,1.20,150,false
A101,"Red Pen",1.25,0,true
B200,Notebook A5,3.5,42,false
C300,Stapler,12,7,
"""
lines = [l for l in csv_text.strip().split("\n")]
header = lines[0].split(",")

def typed(col, v):
    v = v.strip().strip('"')
    if v == "":
        return None
    if col in ("price",):
        return float(v)
    if col == "qty":
        return int(v)
    if col == "discontinued":
        return v == "true"
    return v

items = [{c: typed(c, v) for c, v in zip(header, l.split(","))} for l in lines[1:]]
print(json.dumps(items, indent=2))
in_stock = [i["sku"] for i in items if i["qty"] and not i["discontinued"]]
value = round(sum(i["price"] * i["qty"] for i in items), 2)
print(json.dumps({"inStock": in_stock, "stockValue": value}, separators=(",", ":")))
