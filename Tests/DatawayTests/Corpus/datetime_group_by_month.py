from datetime import datetime
events = ["2024-01-05T10:00:00", "2024-01-20T08:30:00", "2024-02-01T00:00:00", "2023-12-31T23:59:59", "2024-02-29T12:00:00"]
by_month = {}
for e in events:
    d = datetime.fromisoformat(e)
    key = d.strftime("%Y-%m")
    by_month.setdefault(key, []).append(d.day)
for k in sorted(by_month):
    print(k, by_month[k])
latest = max(datetime.fromisoformat(e) for e in events)
print(latest, latest.isoformat(), latest.strftime("%A %d %B %Y, %H:%M"))
