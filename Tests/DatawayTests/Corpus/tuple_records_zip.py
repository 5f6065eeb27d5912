# Tuples as records: zip, enumerate, sorting by positions and converting to dicts.
header = ("id", "name", "qty")
rows = [(3, "bolt", 100), (1, "nut", 250), (2, "washer", 75)]
print([dict(zip(header, r)) for r in rows])
print(sorted(rows), sorted(rows, key=lambda r: r[2]), sorted(rows, key=lambda r: r[1])[0])
ids, names, qtys = zip(*rows)
print(ids, names, qtys, sum(qtys))
print(tuple(zip(names, qtys)), max(zip(qtys, names)))
indexed = tuple(enumerate(names))
print(indexed, indexed[1][1])
totals = tuple((n, q * 2) for _, n, q in rows)
print(totals)
print(tuple(r for r in rows if r[2] > 80))
print(rows[0] + ("extra",), rows[0][:2] * 2)
