# A JSON request wrapped into a SOAP envelope with namespaces.
request = {"orderId": "42", "lines": [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 1}]}
env = {"soap:Envelope": {
    "@xmlns:soap": "http://schemas.xmlsoap.org/soap/envelope/",
    "@xmlns:o": "urn:orders",
    "soap:Body": {"o:Submit": {"o:Id": request["orderId"],
                               "o:Line": [{"@sku": l["sku"], "@qty": l["qty"]} for l in request["lines"]]}},
}}
x = Entity.from_value(env, mime_type="text/xml")
print(x["^blob"].decode())
body = x["soap:Envelope"]["soap:Body"]["o:Submit"]
print(body["o:Id"], [(l["@sku"], l["@qty"]) for l in body["*o:Line"]])
