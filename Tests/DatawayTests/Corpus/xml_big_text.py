# Long text and many attributes survive a round trip.
long = "lorem ipsum & dolor <sit> amet " * 200
attrs = {"@a%d" % i: str(i) * 3 for i in range(50)}
v = {"doc": dict(attrs, body=long.strip())}
e = Entity.from_value(v, mime_type="application/xml")
back = e["^value"]
print(len(e["^blob"]), back == v, len(back["doc"]) == 51)
print(back["doc"]["body"][:40], back["doc"]["@a49"])
