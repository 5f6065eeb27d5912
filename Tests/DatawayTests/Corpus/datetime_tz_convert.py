from datetime import datetime, timezone, timedelta
shanghai = timezone(timedelta(hours=8), "CST")
ny = timezone(timedelta(hours=-5))
t = datetime(2024, 3, 5, 12, 0, tzinfo=timezone.utc)
for tz in [shanghai, ny, timezone.utc, timezone(timedelta(hours=5, minutes=45))]:
    local = t.astimezone(tz)
    print(local, local.tzname(), local.utcoffset(), local.isoformat())
print(t.astimezone(shanghai) == t, t.astimezone(shanghai) - t)
print(datetime(2024, 3, 5, 20, tzinfo=shanghai) < datetime(2024, 3, 5, 12, 1, tzinfo=timezone.utc))
print(repr(shanghai), str(ny), repr(timezone(timedelta(0))))
