# A form post (urlencoded) turned into an XML request.
form = Entity.from_bytes("customer=C-1&item=A&item=B&note=rush+order%21", "application/x-www-form-urlencoded")
m = form["^value"]
req = {"request": {"@customer": m["customer"], "items": {"item": m["*item"]}, "note": m["note"]}}
x = Entity.from_value(req, mime_type="application/xml")
print(x["^blob"].decode())
print(x["request"]["items"]["*item"])
