# XML text is always str: numbers and booleans are converted by the script.
e = Entity.from_bytes("<m><i>42</i><f>3.5</f><b>true</b><n>-7</n><e>1e3</e></m>", "application/xml")
m = e["m"]
print({k: type(v) is str for k, v in m.items()})
print(int(m["i"]) + int(m["n"]), float(m["f"]) * 2, m["b"] == "true", float(m["e"]))
out = Entity.from_value({"m": {"i": 42, "f": 3.5, "b": True, "big": 10 ** 20, "neg": -0.0}}, mime_type="application/xml")
print(out["^blob"].decode())
print(out["m"])
