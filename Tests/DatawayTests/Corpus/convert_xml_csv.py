# An XML feed flattened to CSV rows, and the CSV turned back into XML.
feed = """<products>
  <product sku="A1"><name>Widget</name><price currency="EUR">9.99</price><stock>12</stock></product>
  <product sku="B2"><name>Gadget, deluxe</name><price currency="USD">19.50</price><stock>0</stock></product>
  <product sku="C3"><name>Thing "X"</name><price currency="EUR">1.00</price><stock>7</stock></product>
</products>"""
products = Entity.from_bytes(feed, "application/xml")["products"]["*product"]
rows = [{"sku": p["@sku"], "name": p["name"], "price": p["price"]["#text"], "currency": p["price"]["@currency"], "stock": p["stock"]} for p in products]
csv_e = Entity.from_value(rows, mime_type="text/csv")
print(csv_e["^blob"].decode(), end="")
items = [{"@sku": r["sku"], "name": r["name"], "price": {"@currency": r["currency"], "#text": r["price"]}, "stock": r["stock"]} for r in csv_e["^value"]]
xml_e = Entity.from_value({"products": {"product": items}}, mime_type="application/xml")
print(xml_e["^blob"].decode())
print(xml_e["products"]["product"] == products)
