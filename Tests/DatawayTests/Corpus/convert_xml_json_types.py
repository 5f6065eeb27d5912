# What XML -> JSON gives for every XML shape (text, attributes, mixed, repeated, empty).
import json

doc = """<root version="2">
  <empty/>
  <text>hi</text>
  <attr only="yes"/>
  <both kind="k">v</both>
  <rep>1</rep><rep>2</rep><rep/>
  <mixed>a<i>b</i>c</mixed>
  <deep><er><est>x</est></er></deep>
</root>"""
v = Entity.from_bytes(doc, "application/xml")["^value"]
print(json.dumps(v, indent=2))
print(json.dumps(Entity.from_value(v, mime_type="application/json")["^value"]) == json.dumps(v))
