from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print('timedelta(hours=25) % timedelta(hours=7)', '=>', repr(timedelta(hours=25) % timedelta(hours=7)))
except Exception as e:
    print('timedelta(hours=25) % timedelta(hours=7)', '!!', repr(e))
try:
    print('timedelta(hours=1) / timedelta(minutes=7)', '=>', repr(timedelta(hours=1) / timedelta(minutes=7)))
except Exception as e:
    print('timedelta(hours=1) / timedelta(minutes=7)', '!!', repr(e))
try:
    print('bool(timedelta(0))', '=>', repr(bool(timedelta(0))))
except Exception as e:
    print('bool(timedelta(0))', '!!', repr(e))
try:
    print('date.fromisocalendar(2024, 10, 2)', '=>', repr(date.fromisocalendar(2024, 10, 2)))
except Exception as e:
    print('date.fromisocalendar(2024, 10, 2)', '!!', repr(e))
try:
    print('datetime(2024,3,5).date()', '=>', repr(datetime(2024,3,5).date()))
except Exception as e:
    print('datetime(2024,3,5).date()', '!!', repr(e))
try:
    print('datetime(2024,3,5,1,2).time()', '=>', repr(datetime(2024,3,5,1,2).time()))
except Exception as e:
    print('datetime(2024,3,5,1,2).time()', '!!', repr(e))
try:
    print('datetime(2024,3,5,tzinfo=timezone.utc).utcoffset()', '=>', repr(datetime(2024,3,5,tzinfo=timezone.utc).utcoffset()))
except Exception as e:
    print('datetime(2024,3,5,tzinfo=timezone.utc).utcoffset()', '!!', repr(e))
try:
    print('datetime(2024,3,5).utcoffset()', '=>', repr(datetime(2024,3,5).utcoffset()))
except Exception as e:
    print('datetime(2024,3,5).utcoffset()', '!!', repr(e))
