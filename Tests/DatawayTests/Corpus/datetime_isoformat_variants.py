from datetime import datetime, date, time, timezone, timedelta
d = datetime(2024, 3, 5, 7, 8, 9, 123456, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, d.isoformat(timespec=spec), d.isoformat(" ", spec))
print(date(2024, 3, 5).isoformat(), time(7, 8).isoformat(), time(7, 8, 9, 10).isoformat("milliseconds"))
print(str(d), str(d.date()), str(d.time()), str(d.timetz()))
try:
    d.isoformat(timespec="nanos")
except ValueError as e:
    print("ValueError:", e)
