from datetime import datetime, date, timedelta, timezone
items = [datetime(2024, 3, 5), datetime(2024, 3, 5, 1, 2, 3, 4), date(2024, 3, 5), timedelta(days=2, seconds=5),
         datetime(2024, 3, 5, tzinfo=timezone(timedelta(hours=-4)))]
for it in items:
    print(str(it), "|", repr(it), "|", f"{it}", "|", "%s" % (it,))
print("{} and {!r}".format(items[0], items[2]))
print([str(x) for x in items[:2]], {"d": items[2]})
