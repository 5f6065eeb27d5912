# CDATA is read as text; writing escapes it instead of using CDATA.
e = Entity.from_bytes("<s><![CDATA[<script>if (a < b && c > d) {}</script>]]></s>", "application/xml")
print(e["s"])
out = Entity.from_value(e["^value"], mime_type="application/xml")
print(out["^blob"].decode())
print(out["s"] == e["s"])
