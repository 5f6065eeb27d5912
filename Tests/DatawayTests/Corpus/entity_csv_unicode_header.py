# Header names and values in several scripts; keys keep their exact text.
body = "名前,город,ciudad\r\n山田,Москва,Sevilla\r\n"
rows = Entity.from_bytes(body, "text/csv")["^value"]
print(rows, list(rows[0].keys()))
print(Entity.from_value(rows, mime_type="text/csv")["^blob"].decode() == body)
