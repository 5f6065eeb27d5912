from datetime import date, timedelta
def week_start(d):
    return d - timedelta(days=d.weekday())
def week_bounds(y, w):
    start = date.fromisocalendar(y, w, 1)
    return start, start + timedelta(days=6)
for d in [date(2024, 3, 5), date(2024, 1, 1), date(2023, 1, 1), date(2020, 12, 31)]:
    print(d, week_start(d), d.isocalendar(), d.strftime("%U %W %V"))
print(week_bounds(2024, 1), week_bounds(2020, 53))
try:
    date.fromisocalendar(2023, 53, 1)
except ValueError as e:
    print("ValueError:", e)
