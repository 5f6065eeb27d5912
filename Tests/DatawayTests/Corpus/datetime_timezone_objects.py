from datetime import timezone, timedelta, datetime
import datetime as dtmod
tzs = [timezone.utc, timezone(timedelta(hours=1)), timezone(timedelta(hours=-9, minutes=-30)), timezone(timedelta(minutes=1), "X"),
       timezone(timedelta(seconds=1)), timezone.min, timezone.max]
for tz in tzs:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "CET"), len({timezone.utc, timezone(timedelta(0))}))
print(dtmod.UTC is timezone.utc, timezone(timedelta(0)) == timezone.utc, isinstance(timezone.utc, dtmod.tzinfo))
tz2 = timezone(timedelta(hours=2))
print(tz2.fromutc(datetime(2024, 1, 1, 12, tzinfo=tz2)))
for bad in [timedelta(hours=24), timedelta(hours=-24), 5]:
    try:
        timezone(bad)
    except (ValueError, TypeError) as e:
        print(repr(e))
