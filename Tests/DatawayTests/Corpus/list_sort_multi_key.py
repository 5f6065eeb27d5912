# Sorting by multiple keys with tuples, negation and successive stable sorts.
rows = [
    {"dept": "eng", "name": "zed", "salary": 120, "age": 30},
    {"dept": "ops", "name": "amy", "salary": 90, "age": 41},
    {"dept": "eng", "name": "bob", "salary": 120, "age": 25},
    {"dept": "eng", "name": "cy", "salary": 150, "age": 35},
    {"dept": "ops", "name": "di", "salary": 90, "age": 29},
    {"dept": "hr", "name": "ed", "salary": 70, "age": 50},
]
def show(rs):
    print([r["name"] for r in rs])
show(sorted(rows, key=lambda r: (r["dept"], -r["salary"], r["name"])))
show(sorted(rows, key=lambda r: (-r["salary"], r["age"])))
step = sorted(rows, key=lambda r: r["name"])
step = sorted(step, key=lambda r: r["salary"], reverse=True)
step = sorted(step, key=lambda r: r["dept"])
show(step)
show(sorted(rows, key=lambda r: (r["dept"] != "eng", r["name"])))
show(sorted(rows, key=lambda r: len(r["name"])))
by = {}
for r in sorted(rows, key=lambda r: r["dept"]):
    by.setdefault(r["dept"], []).append(r["name"])
print(by)
