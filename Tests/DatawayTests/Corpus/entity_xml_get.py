# Key and index access on XML entities read the parsed value.
e = Entity.from_bytes('<list><i n="1"/><i n="2"/></list>', "text/xml")
print(e["list"]["i"][1]["@n"], e.get("list")["*i"][0], e.get("x"))
print(e["*list"] == [e["list"]])
try:
    e[0]
except KeyError as err:
    print("KeyError", err)
