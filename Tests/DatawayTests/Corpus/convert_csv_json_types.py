# CSV strings converted to typed JSON fields by the script.
import json

data = "id,price,active,tags\r\n1,9.5,true,a|b\r\n2,,false,\r\n"
rows = Entity.from_bytes(data, "text/csv")["^value"]
typed = [{"id": int(r["id"]), "price": float(r["price"]) if r["price"] else None,
          "active": r["active"] == "true", "tags": [t for t in r["tags"].split("|") if t]} for r in rows]
print(json.dumps(typed))
print(Entity.from_value(typed, mime_type="text/csv")["^blob"])
