# An XML stock report flattened to CSV with a computed column.
doc = """<stock>
  <wh code="SH"><item sku="A" qty="5" cost="2.50"/><item sku="B" qty="0" cost="10"/></wh>
  <wh code="BJ"><item sku="A" qty="12" cost="2.40"/></wh>
</stock>"""
rows = []
for wh in Entity.from_bytes(doc, "application/xml")["stock"]["*wh"]:
    for it in wh["*item"]:
        rows.append({"warehouse": wh["@code"], "sku": it["@sku"], "qty": it["@qty"],
                     "value": "%.2f" % (int(it["@qty"]) * float(it["@cost"]))})
print(Entity.from_value(rows, mime_type="text/csv")["^blob"].decode(), end="")
