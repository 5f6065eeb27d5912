from datetime import date
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), d.isocalendar()[1], d.isocalendar().week, tuple(d.isocalendar()))
print(d.ctime(), d.timetuple()[:3], d.timetuple().tm_yday)
print(date.fromordinal(d.toordinal() + 1), date.fromisocalendar(2024, 9, 4))
print(date.min, date.max, date.resolution, date(1, 1, 1).toordinal())
print(d.replace(month=3, day=1), d.replace(year=2028))
print(d > date(2024, 2, 28), d <= date(2024, 2, 29), d == date(2024, 2, 29))
