# A CSV body parses to a list of dicts keyed by the header row.
body = 'sku,name,qty\r\nA-1,"Widget, large",2\r\nB-2,"Gadget ""Pro""",1\r\n\r\nC-3,"multi\r\nline",5\r\n'
e = Entity.from_bytes(body, "text/csv")
rows = e["^value"]
print(len(rows))
for r in rows:
    print(r)
print(e[0]["name"], e[-1]["qty"], e.get(7, "none"))
print(Entity.from_bytes("", "application/csv")["^value"])
print(Entity.from_bytes("only,header\n", "application/csv")["^value"])
print(Entity.from_bytes("a;b\n1;2\n", "application/csv")["^value"])
print(Entity.from_bytes("x,y\n1,2", "application/csv; charset=utf-8")["^value"])
