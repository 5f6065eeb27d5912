# Parts by index (negative too), by name, and the list of all parts of a name.
e = Entity.from_value({"parts": [{"name": n, "value": str(i)} for i, n in enumerate(["a", "b", "a", "c", "a"])]},
                      mime_type="multipart/form-data")
print(e[0]["value"], e[-1]["value"], e[3]["name"])
print(e["a"]["value"], [p["value"] for p in e["*a"]], e["*z"])
try:
    e[10]
except IndexError as err:
    print("IndexError:", err)
try:
    e["zzz"]
except KeyError as err:
    print("KeyError:", err)
print(e.get("zzz", "default"), e.get("c")["value"])
print(len(e["parts"]), e["boundary"] == e["^value"]["boundary"])
