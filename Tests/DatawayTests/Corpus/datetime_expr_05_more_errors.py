from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print("date.fromisoformat('2024-03-05')", '=>', repr(date.fromisoformat('2024-03-05')))
except Exception as e:
    print("date.fromisoformat('2024-03-05')", '!!', repr(e))
try:
    print("time.fromisoformat('12:30')", '=>', repr(time.fromisoformat('12:30')))
except Exception as e:
    print("time.fromisoformat('12:30')", '!!', repr(e))
try:
    print("time.fromisoformat('T1230')", '=>', repr(time.fromisoformat('T1230')))
except Exception as e:
    print("time.fromisoformat('T1230')", '!!', repr(e))
try:
    print("datetime.fromisoformat('2024-03-05')", '=>', repr(datetime.fromisoformat('2024-03-05')))
except Exception as e:
    print("datetime.fromisoformat('2024-03-05')", '!!', repr(e))
try:
    print("datetime.strptime('05/Mar/2024:12:00:01 +0800', '%d/%b/%Y:%H:%M:%S %z')", '=>', repr(datetime.strptime('05/Mar/2024:12:00:01 +0800', '%d/%b/%Y:%H:%M:%S %z')))
except Exception as e:
    print("datetime.strptime('05/Mar/2024:12:00:01 +0800', '%d/%b/%Y:%H:%M:%S %z')", '!!', repr(e))
try:
    print("datetime.strptime('2024-03-05 01:02:03.5', '%Y-%m-%d %H:%M:%S.%f')", '=>', repr(datetime.strptime('2024-03-05 01:02:03.5', '%Y-%m-%d %H:%M:%S.%f')))
except Exception as e:
    print("datetime.strptime('2024-03-05 01:02:03.5', '%Y-%m-%d %H:%M:%S.%f')", '!!', repr(e))
try:
    print("datetime.strptime('Tuesday March 5 2024 3PM', '%A %B %d %Y %I%p')", '=>', repr(datetime.strptime('Tuesday March 5 2024 3PM', '%A %B %d %Y %I%p')))
except Exception as e:
    print("datetime.strptime('Tuesday March 5 2024 3PM', '%A %B %d %Y %I%p')", '!!', repr(e))
try:
    print("datetime.strptime('24/1/5', '%y/%m/%d')", '=>', repr(datetime.strptime('24/1/5', '%y/%m/%d')))
except Exception as e:
    print("datetime.strptime('24/1/5', '%y/%m/%d')", '!!', repr(e))
