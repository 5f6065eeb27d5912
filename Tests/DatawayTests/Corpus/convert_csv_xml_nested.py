# CSV order lines grouped into nested XML orders.
data = "order,customer,sku,qty\r\nO1,Ann,A,2\r\nO1,Ann,B,1\r\nO2,Bob,A,5\r\nO3,Cy,C,1\r\nO3,Cy,A,1\r\n"
rows = Entity.from_bytes(data, "text/csv")["^value"]
orders = {}
for r in rows:
    o = orders.setdefault(r["order"], {"@id": r["order"], "customer": r["customer"], "line": []})
    o["line"].append({"@sku": r["sku"], "#text": r["qty"]})
x = Entity.from_value({"orders": {"order": list(orders.values())}}, mime_type="application/xml")
print(x["^blob"].decode())
for o in x["orders"]["*order"]:
    print(o["@id"], [l["@sku"] for l in o["*line"]])
