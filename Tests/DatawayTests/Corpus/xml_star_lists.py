# "*child" always gives a list, whether the child occurs once, many times or not at all.
doc = """<catalog>
  <book id="b1"><title>One</title><author>Ann</author></book>
  <book id="b2"><title>Two</title><author>Bob</author><author>Cy</author></book>
  <magazine>M</magazine>
</catalog>"""
e = Entity.from_bytes(doc, "text/xml")
cat = e["catalog"]
print(len(cat["*book"]), len(cat["*magazine"]), cat["*newspaper"])
for book in cat["*book"]:
    print(book["@id"], book["title"], book["*author"])
print(e["*catalog"][0]["magazine"])
print(cat["*magazine"])
single = Entity.from_bytes("<r><item>x</item></r>", "application/xml")
print(single["r"]["item"], single["r"]["*item"])
empty = Entity.from_bytes("<r><item/></r>", "application/xml")
print(empty["r"]["*item"])
try:
    print(cat["newspaper"])
except KeyError as err:
    print("KeyError", err)
print(cat.get("*book") is None)
