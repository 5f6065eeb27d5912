# Common list comprehension patterns in data work.
orders = [{"id": 1, "total": 20.5, "status": "paid"}, {"id": 2, "total": 5.0, "status": "open"},
          {"id": 3, "total": 99.9, "status": "paid"}, {"id": 4, "total": 0.0, "status": "void"}]
print([o["id"] for o in orders if o["status"] == "paid"])
print([round(o["total"] * 1.1, 2) for o in orders])
print([{"id": o["id"], "big": o["total"] > 50} for o in orders])
print([(o["id"], o["status"].upper()) for o in orders if o["total"]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[v * 10 for v in row] for row in matrix])
print([v for row in matrix for v in row if v % 2])
print([[r[i] for r in matrix] for i in range(3)])
names = ["  ann ", "", "Bob", "  "]
print([n.strip().title() for n in names if n.strip()])
print([i for i, o in enumerate(orders) if o["status"] != "paid"])
flags = [x > 2 for x in range(5)]
print(flags, sum(flags))
print([a * b for a in (1, 2) for b in (10, 100)])
print([str(x).zfill(2) for x in range(0, 12, 5)])
