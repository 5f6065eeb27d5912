# XML has one root: a JSON list is wrapped before converting, and unwrapped after.
items = [{"n": "1"}, {"n": "2"}]
try:
    Entity.from_value(items, mime_type="application/xml")
except TypeError as e:
    print(e)
x = Entity.from_value({"items": {"item": items}}, mime_type="application/xml")
print(x["items"]["item"] == items)
one = Entity.from_value({"items": {"item": items[:1]}}, mime_type="application/xml")
print(one["items"]["item"], one["items"]["*item"] == items[:1])
