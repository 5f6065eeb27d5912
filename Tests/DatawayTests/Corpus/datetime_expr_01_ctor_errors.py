from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print('timedelta(days=1e9)', '=>', repr(timedelta(days=1e9)))
except Exception as e:
    print('timedelta(days=1e9)', '!!', repr(e))
try:
    print('timezone(timedelta(hours=24))', '=>', repr(timezone(timedelta(hours=24))))
except Exception as e:
    print('timezone(timedelta(hours=24))', '!!', repr(e))
try:
    print('timezone(5)', '=>', repr(timezone(5)))
except Exception as e:
    print('timezone(5)', '!!', repr(e))
try:
    print('date(2024,1,1) + 1', '=>', repr(date(2024,1,1) + 1))
except Exception as e:
    print('date(2024,1,1) + 1', '!!', repr(e))
try:
    print('date(2024,1,1) < datetime(2024,1,1)', '=>', repr(date(2024,1,1) < datetime(2024,1,1)))
except Exception as e:
    print('date(2024,1,1) < datetime(2024,1,1)', '!!', repr(e))
try:
    print('datetime(2024,1,1) < datetime(2024,1,1,tzinfo=timezone.utc)', '=>', repr(datetime(2024,1,1) < datetime(2024,1,1,tzinfo=timezone.utc)))
except Exception as e:
    print('datetime(2024,1,1) < datetime(2024,1,1,tzinfo=timezone.utc)', '!!', repr(e))
try:
    print('datetime(2024,1,1) - datetime(2024,1,1,tzinfo=timezone.utc)', '=>', repr(datetime(2024,1,1) - datetime(2024,1,1,tzinfo=timezone.utc)))
except Exception as e:
    print('datetime(2024,1,1) - datetime(2024,1,1,tzinfo=timezone.utc)', '!!', repr(e))
try:
    print('timedelta(1) < 5', '=>', repr(timedelta(1) < 5))
except Exception as e:
    print('timedelta(1) < 5', '!!', repr(e))
