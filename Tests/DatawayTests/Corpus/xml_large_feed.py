# A generated feed of 300 records: parse, aggregate, serialise, parse again.
parts = ['<feed>']
for i in range(300):
    parts.append('<rec id="%d" cat="%s"><v>%d</v>%s</rec>' % (i, "abc"[i % 3], i * 7 % 101, "<flag/>" if i % 10 == 0 else ""))
parts.append("</feed>")
e = Entity.from_bytes("".join(parts), "application/xml")
recs = e["feed"]["*rec"]
by_cat = {}
for r in recs:
    by_cat[r["@cat"]] = by_cat.get(r["@cat"], 0) + int(r["v"])
print(len(recs), sorted(by_cat.items()))
print(sum(1 for r in recs if "flag" in r))
again = Entity.from_value(e["^value"], mime_type="application/xml")
print(len(again["^blob"]), again["feed"]["rec"][299])
