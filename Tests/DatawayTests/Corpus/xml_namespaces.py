# Namespaces are kept as prefixed names; xmlns declarations are ordinary attributes.
doc = """<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:m="urn:orders">
  <soap:Header/>
  <soap:Body>
    <m:GetOrder m:priority="high">
      <m:OrderId>42</m:OrderId>
    </m:GetOrder>
  </soap:Body>
</soap:Envelope>"""
v = Entity.from_bytes(doc, "application/xml")["^value"]
env = v["soap:Envelope"]
print(sorted(env.keys()))
print(env["@xmlns:soap"], env["@xmlns:m"])
print(env["soap:Header"])
order = env["soap:Body"]["m:GetOrder"]
print(order)
print(order["m:OrderId"], order["@m:priority"])
d = Entity.from_bytes('<feed xmlns="http://www.w3.org/2005/Atom"><entry/></feed>', "application/xml")
print(d["^value"])
