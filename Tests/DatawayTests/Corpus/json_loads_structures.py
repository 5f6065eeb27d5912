# json.loads of nested arrays and objects; duplicate keys keep the last value.
import json
text = """
{
  "id": 7,
  "name": "Widget",
  "price": 19.99,
  "tags": ["a", "b", "c"],
  "dims": {"w": 1.5, "h": 2, "unit": "cm"},
  "stock": null,
  "active": true,
  "variants": [{"sku": "W-1", "qty": 0}, {"sku": "W-2", "qty": 12}]
}
"""
obj = json.loads(text)
print(obj)
print(list(obj), obj["dims"]["unit"], obj["variants"][1]["qty"], obj["stock"] is None)
print(sum(v["qty"] for v in obj["variants"]), type(obj["price"]), type(obj["dims"]["h"]))
print(json.loads('{"a": 1, "a": 2, "b": {"c": 3, "c": 4}}'))
print(json.loads("[[], {}, [[[]]], [{}]]"), json.loads('{"": ""}'))
print(json.loads('  {"spaces" :  [ 1 ,2 , 3 ] }  '))
print(json.loads(b'{"bytes": "input"}'), json.loads(bytearray(b"[1]")))
print(json.loads('{"z": 1, "a": 2, "m": 3}'))
