from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print('date(2024,3,5).replace(day=31)', '=>', repr(date(2024,3,5).replace(day=31)))
except Exception as e:
    print('date(2024,3,5).replace(day=31)', '!!', repr(e))
try:
    print('date(2024,3,5).toordinal()', '=>', repr(date(2024,3,5).toordinal()))
except Exception as e:
    print('date(2024,3,5).toordinal()', '!!', repr(e))
try:
    print('date.fromordinal(738950)', '=>', repr(date.fromordinal(738950)))
except Exception as e:
    print('date.fromordinal(738950)', '!!', repr(e))
try:
    print('date(2024,3,5).weekday()', '=>', repr(date(2024,3,5).weekday()))
except Exception as e:
    print('date(2024,3,5).weekday()', '!!', repr(e))
try:
    print('date(2024,3,5).isoweekday()', '=>', repr(date(2024,3,5).isoweekday()))
except Exception as e:
    print('date(2024,3,5).isoweekday()', '!!', repr(e))
try:
    print('date(2024,3,5).ctime()', '=>', repr(date(2024,3,5).ctime()))
except Exception as e:
    print('date(2024,3,5).ctime()', '!!', repr(e))
try:
    print('datetime(2024,3,5,1,2,3).ctime()', '=>', repr(datetime(2024,3,5,1,2,3).ctime()))
except Exception as e:
    print('datetime(2024,3,5,1,2,3).ctime()', '!!', repr(e))
try:
    print('str(datetime(2024,3,5,1,2,3,40))', '=>', repr(str(datetime(2024,3,5,1,2,3,40))))
except Exception as e:
    print('str(datetime(2024,3,5,1,2,3,40))', '!!', repr(e))
