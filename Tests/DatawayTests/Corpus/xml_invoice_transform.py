# An ERP invoice in XML turned into a summary dict.
doc = """<?xml version="1.0" encoding="UTF-8"?>
<Invoice number="INV-2024-017" date="2024-02-29">
  <Seller><Name>Acme Supplies Ltd.</Name><VAT>GB123456789</VAT></Seller>
  <Buyer><Name>Beta &amp; Co</Name></Buyer>
  <Items>
    <Item code="A1"><Qty>3</Qty><UnitPrice>12.50</UnitPrice><Tax rate="20"/></Item>
    <Item code="B2"><Qty>1</Qty><UnitPrice>99.00</UnitPrice><Tax rate="0"/></Item>
    <Item code="C3"><Qty>10</Qty><UnitPrice>0.99</UnitPrice><Tax rate="20"/></Item>
  </Items>
</Invoice>"""
inv = Entity.from_bytes(doc, "application/xml")["Invoice"]
net = 0
tax = 0
for item in inv["Items"]["*Item"]:
    line = int(item["Qty"]) * float(item["UnitPrice"])
    net += line
    tax += line * int(item["Tax"]["@rate"]) / 100
print(inv["@number"], inv["Seller"]["Name"], inv["Buyer"]["Name"])
print(round(net, 2), round(tax, 2), round(net + tax, 2))
print(sorted(i["@code"] for i in inv["Items"]["Item"]))
