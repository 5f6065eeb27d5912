from datetime import datetime, timezone, timedelta
for ts in [0, 1, 86400 * 365.25, 1709640000, 1709640000.123456, -1, 2**31]:
    print(ts, datetime.fromtimestamp(ts, timezone.utc), datetime.utcfromtimestamp(ts))
d = datetime(2024, 3, 5, 12, tzinfo=timezone.utc)
print(d.timestamp(), datetime(2024, 3, 5, 20, tzinfo=timezone(timedelta(hours=8))).timestamp())
print(datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc).timestamp())
print(datetime.fromtimestamp(1709640000, timezone(timedelta(hours=-8), "PST")))
