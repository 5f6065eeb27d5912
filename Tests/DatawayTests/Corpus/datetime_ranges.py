from datetime import date, datetime, timedelta
def daterange(a, b, step=timedelta(days=1)):
    out = []
    while a < b:
        out.append(a)
        a += step
    return out
print([str(d) for d in daterange(date(2024, 2, 26), date(2024, 3, 3))])
print([d.strftime("%H:%M") for d in daterange(datetime(2024, 1, 1, 9), datetime(2024, 1, 1, 11), timedelta(minutes=25))])
weeks = {}
for d in daterange(date(2024, 1, 1), date(2024, 1, 22)):
    weeks.setdefault(d.isocalendar()[1], []).append(d.day)
print(weeks)
