from datetime import datetime, date, timezone
dt = datetime(2024, 1, 31, 10)
for kw in [dict(month=2), dict(day=32), dict(hour=24), dict(year=0), dict(microsecond=-1), dict(tzinfo=5)]:
    try:
        print(dt.replace(**kw))
    except (ValueError, TypeError) as e:
        print(kw, repr(e))
print(dt.replace(tzinfo=timezone.utc), dt.replace(tzinfo=timezone.utc).replace(tzinfo=None))
try:
    date(2024, 1, 1).replace(hour=1)
except TypeError as e:
    print("TypeError")
