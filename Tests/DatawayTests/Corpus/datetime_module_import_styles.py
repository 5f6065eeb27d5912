import datetime
from datetime import timedelta as td
d = datetime.datetime(2024, 5, 17, 8, 30)
print(d + td(hours=1), datetime.date.today is not None, datetime.datetime.strptime("2024", "%Y").year)
print(datetime.timedelta(days=1) == td(hours=24), datetime.timezone.utc.tzname(None))
print(datetime.date(2024, 5, 17).strftime("%d/%m/%Y"), datetime.time(8, 30).strftime("%H%M"))
print(datetime.datetime.combine(datetime.date(2024, 5, 17), datetime.time(12)).isoformat())
