from datetime import time, timezone, timedelta
t = time(9, 30, 15, 250000)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo)
print(t.isoformat(), t.isoformat("seconds"), t.strftime("%I:%M %p"), t.replace(hour=21))
print(time(), time(12), repr(time(0, 0, 1)), time.min, time.max, time.resolution)
tz = time(9, 30, tzinfo=timezone(timedelta(hours=1)))
print(tz, repr(tz), tz.utcoffset(), tz.tzname(), tz == time(8, 30, tzinfo=timezone.utc))
print(sorted([time(10), time(9, 59), time(10, 0, 1)]), time(1) < time(2), bool(time(0)))
for bad in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 10**6)]:
    try:
        time(*bad)
    except ValueError as e:
        print("ValueError:", e)
