# A multipart upload turned into a JSON request (file text inlined, fields as keys).
import json

body = (
    b"--f\r\n"
    b'Content-Disposition: form-data; name="customer"\r\n\r\n'
    b"C-17\r\n"
    b"--f\r\n"
    b'Content-Disposition: form-data; name="orders"; filename="orders.csv"\r\n'
    b"Content-Type: text/csv\r\n\r\n"
    b"id,total\r\n1,10.50\r\n2,3.25\r\n"
    b"\r\n--f--\r\n"
)
form = Entity.from_bytes(body, "multipart/form-data; boundary=f")
upload = form["orders"]
orders = Entity.from_bytes(upload["value"], upload["content_type"])["^value"]
request = {"customer": form["customer"]["value"], "file": upload["filename"],
           "orders": [{"id": int(o["id"]), "total": float(o["total"])} for o in orders]}
out = Entity.from_value(request, mime_type="application/json")
print(out["^blob"].decode())
print(json.loads(out["^blob"])["orders"][1])
