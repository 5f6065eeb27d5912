# CSV bodies written from values that need quoting, read back unchanged.
rows = [{"text": t} for t in ["a,b", 'q"q', "nl\nx", "cr\rx", " lead", "", "\u00e9", "=1+2"]]
e = Entity.from_value(rows, mime_type="text/csv")
print(repr(e["^blob"]))
print(e["^value"] == rows)
