from datetime import datetime, date, timezone
import time
# The clock differs between runs: only check types and shapes.
now = datetime.now()
utc = datetime.now(timezone.utc)
print(type(now) == datetime, now.tzinfo is None, utc.tzinfo is timezone.utc, isinstance(date.today(), date))
print(len(now.isoformat()) >= 19, abs((datetime.utcnow() - utc.replace(tzinfo=None)).total_seconds()) < 60)
t = time.time()
print(isinstance(t, float), t > 1.6e9, isinstance(time.time_ns(), int), time.monotonic() <= time.monotonic())
print(time.gmtime().tm_year >= 2024, len(time.localtime()), isinstance(time.perf_counter(), float))
