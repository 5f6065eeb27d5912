from datetime import timedelta
def fmt(td):
    secs = int(td.total_seconds())
    h, rem = divmod(abs(secs), 3600)
    m, s = divmod(rem, 60)
    return "%s%02d:%02d:%02d" % ("-" if secs < 0 else "", h, m, s)
for td in [timedelta(seconds=3725), timedelta(days=1, minutes=1), timedelta(minutes=-90), timedelta(0)]:
    print(repr(td), str(td), fmt(td), td.total_seconds())
total = sum([timedelta(minutes=25), timedelta(minutes=50), timedelta(hours=1, seconds=30)], timedelta())
print(total, total // timedelta(minutes=15), total % timedelta(minutes=15), total / 4)
