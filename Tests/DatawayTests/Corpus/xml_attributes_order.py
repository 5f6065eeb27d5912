# Attributes keep document order and come before children and text.
doc = '<item z="26" a="1" m="13"><child/>text<other q="x"/></item>'
v = Entity.from_bytes(doc, "application/xml")["^value"]
print(v)
print(list(v["item"].keys()))
print(Entity.from_bytes("<a b='single' c=\"double\" d='mix\"ed' e=\"it's\"/>", "application/xml")["^value"])
print(Entity.from_bytes('<a   spaced  =  "yes"   />', "application/xml")["^value"])
