from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print('datetime(2024,3,1) - datetime(2024,2,1)', '=>', repr(datetime(2024,3,1) - datetime(2024,2,1)))
except Exception as e:
    print('datetime(2024,3,1) - datetime(2024,2,1)', '!!', repr(e))
try:
    print('date(2024,3,1) - date(2023,3,1)', '=>', repr(date(2024,3,1) - date(2023,3,1)))
except Exception as e:
    print('date(2024,3,1) - date(2023,3,1)', '!!', repr(e))
try:
    print('(datetime(2024,1,1,tzinfo=timezone.utc) - datetime(2024,1,1,tzinfo=timezone(timedelta(hours=1))))', '=>', repr((datetime(2024,1,1,tzinfo=timezone.utc) - datetime(2024,1,1,tzinfo=timezone(timedelta(hours=1))))))
except Exception as e:
    print('(datetime(2024,1,1,tzinfo=timezone.utc) - datetime(2024,1,1,tzinfo=timezone(timedelta(hours=1))))', '!!', repr(e))
try:
    print('datetime(2024,1,1,tzinfo=timezone.utc) == datetime(2024,1,1,1,tzinfo=timezone(timedelta(hours=1)))', '=>', repr(datetime(2024,1,1,tzinfo=timezone.utc) == datetime(2024,1,1,1,tzinfo=timezone(timedelta(hours=1)))))
except Exception as e:
    print('datetime(2024,1,1,tzinfo=timezone.utc) == datetime(2024,1,1,1,tzinfo=timezone(timedelta(hours=1)))', '!!', repr(e))
try:
    print('datetime(2024,1,1) == date(2024,1,1)', '=>', repr(datetime(2024,1,1) == date(2024,1,1)))
except Exception as e:
    print('datetime(2024,1,1) == date(2024,1,1)', '!!', repr(e))
try:
    print('{datetime(2024,1,1): 1}[datetime(2024,1,1)]', '=>', repr({datetime(2024,1,1): 1}[datetime(2024,1,1)]))
except Exception as e:
    print('{datetime(2024,1,1): 1}[datetime(2024,1,1)]', '!!', repr(e))
try:
    print('sorted([date(2024,3,1), date(2023,1,1), date(2024,1,5)])', '=>', repr(sorted([date(2024,3,1), date(2023,1,1), date(2024,1,5)])))
except Exception as e:
    print('sorted([date(2024,3,1), date(2023,1,1), date(2024,1,5)])', '!!', repr(e))
try:
    print('max(timedelta(1), timedelta(hours=30))', '=>', repr(max(timedelta(1), timedelta(hours=30))))
except Exception as e:
    print('max(timedelta(1), timedelta(hours=30))', '!!', repr(e))
