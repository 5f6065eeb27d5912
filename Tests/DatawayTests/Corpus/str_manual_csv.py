# Parsing a small CSV by hand with split/strip (no quoting).
data = """id, name , city,score
1,Ann,Oslo, 91.5
2, Bob ,Rome,78
3,Cy,,85.25

4,Di,Lima,not-a-number
"""
lines = [l for l in data.splitlines() if l.strip()]
header = [h.strip() for h in lines[0].split(",")]
print(header)
rows = []
for line in lines[1:]:
    values = [v.strip() for v in line.split(",")]
    row = dict(zip(header, values))
    try:
        row["score"] = float(row["score"])
    except ValueError:
        row["score"] = None
    row["id"] = int(row["id"])
    row["city"] = row["city"] or "unknown"
    rows.append(row)
for r in rows:
    print(r)
valid = [r["score"] for r in rows if r["score"] is not None]
print(round(sum(valid) / len(valid), 3))
out = ";".join(header) + "\n" + "\n".join(";".join(str(r[h]) for h in header) for r in rows)
print(out)
