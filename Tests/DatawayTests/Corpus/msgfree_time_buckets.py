# Bucket timestamped events into 15-minute windows and compute per-window stats.
events = [("08:01", 12), ("08:14", 3), ("08:15", 7), ("08:29", 1), ("08:47", 20), ("09:00", 5),
          ("09:02", 8), ("09:44", 2), ("10:15", 11), ("10:16", 4)]
def minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)
def label(mins):
    return f"{mins // 60:02d}:{mins % 60:02d}"
buckets = {}
for ts, value in events:
    start = minutes(ts) // 15 * 15
    b = buckets.setdefault(start, {"n": 0, "sum": 0, "max": None})
    b["n"] += 1
    b["sum"] += value
    b["max"] = value if b["max"] is None else max(b["max"], value)
first, last = min(buckets), max(buckets)
for start in range(first, last + 15, 15):
    b = buckets.get(start)
    if b is None:
        print(f"{label(start)}-{label(start + 15)}  (empty)")
    else:
        avg = b["sum"] / b["n"]
        print(f"{label(start)}-{label(start + 15)}  n={b['n']} sum={b['sum']:>3} avg={avg:6.2f} max={b['max']}")
busiest = max(buckets.items(), key=lambda kv: (kv[1]["sum"], -kv[0]))
print("busiest window starts at", label(busiest[0]), "with", busiest[1]["sum"])
