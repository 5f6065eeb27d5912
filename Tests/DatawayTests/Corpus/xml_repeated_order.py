# Repeated children become lists in document order, even when interleaved with others.
doc = "<r><a>1</a><b>x</b><a>2</a><b>y</b><a>3</a><c/></r>"
v = Entity.from_bytes(doc, "application/xml")["^value"]
print(v)
print(list(v["r"].keys()))
print(v["r"]["a"], v["r"]["*c"])
doc2 = "<r><a k='1'/><a>t</a><a/></r>"
print(Entity.from_bytes(doc2, "application/xml")["^value"])
