from datetime import datetime, timezone, timedelta
naive = datetime(2024, 1, 1, 12)
aware = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(naive == aware, naive != aware, aware == aware.astimezone(timezone(timedelta(hours=3))))
for label, f in [("lt", lambda: naive < aware), ("sub", lambda: naive - aware), ("max", lambda: max(naive, aware))]:
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)
print(aware - aware.astimezone(timezone(timedelta(hours=-7))), aware.replace(tzinfo=None) == naive)
print(hash(aware) == hash(aware.astimezone(timezone(timedelta(hours=5)))))
d = {aware: "x"}
print(d[datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))])
