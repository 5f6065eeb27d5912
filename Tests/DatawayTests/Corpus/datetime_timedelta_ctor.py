from datetime import timedelta
cases = [dict(days=1), dict(hours=36), dict(minutes=-1), dict(seconds=86401), dict(milliseconds=1500),
         dict(microseconds=-1), dict(weeks=2, days=-3), dict(days=0.5), dict(hours=1.25), dict(seconds=1e-6),
         dict(days=-1.5), dict(minutes=1, seconds=-61)]
for c in cases:
    td = timedelta(**c)
    print(c, repr(td), str(td), td.days, td.seconds, td.microseconds)
print(repr(timedelta(1, 2, 3, 4, 5, 6, 7)))
for bad in [dict(days=10**9), dict(hours=1e20)]:
    try:
        timedelta(**bad)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    timedelta(days="1")
except TypeError as e:
    print("TypeError:", e)
