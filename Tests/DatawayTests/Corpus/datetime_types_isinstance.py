import datetime
from datetime import date, datetime as DT, time, timedelta, timezone
x = DT(2024, 1, 1)
print(isinstance(x, date), isinstance(x, DT), isinstance(date(2024, 1, 1), DT), isinstance(time(), date))
print(isinstance(timezone.utc, datetime.tzinfo), isinstance(timedelta(1), timedelta), isinstance(x.isocalendar(), tuple))
print(datetime.MINYEAR, datetime.MAXYEAR, type(x) == DT, type(x.date()) == date)
print(repr(datetime.date), repr(DT), repr(timedelta))
