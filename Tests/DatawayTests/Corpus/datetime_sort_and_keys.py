from datetime import date, datetime, timedelta
ds = [date(2024, 3, 1), date(2023, 1, 1), date(2024, 1, 5), date(2024, 3, 1)]
print(sorted(ds), min(ds), max(ds), sorted(set(ds)))
counts = {}
for d in ds:
    counts[d] = counts.get(d, 0) + 1
print(counts)
stamps = {datetime(2024, 1, 1, 9): "open", datetime(2024, 1, 1, 17): "close"}
print(stamps[datetime(2024, 1, 1, 9)], datetime(2024, 1, 1, 17) in stamps)
tds = [timedelta(hours=2), timedelta(minutes=30), timedelta(days=-1)]
print(sorted(tds), {timedelta(hours=1): 1}[timedelta(minutes=60)])
print(date(2024, 1, 1) in [date(2024, 1, 1)], date(2024, 1, 1) == datetime(2024, 1, 1), date(2024, 1, 1) != "2024-01-01")
