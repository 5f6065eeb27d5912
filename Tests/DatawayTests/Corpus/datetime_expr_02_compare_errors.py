from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print("date('2024')", '=>', repr(date('2024')))
except Exception as e:
    print("date('2024')", '!!', repr(e))
try:
    print('date(2024.0, 1, 1)', '=>', repr(date(2024.0, 1, 1)))
except Exception as e:
    print('date(2024.0, 1, 1)', '!!', repr(e))
try:
    print("date.fromisoformat('2024-1-1')", '=>', repr(date.fromisoformat('2024-1-1')))
except Exception as e:
    print("date.fromisoformat('2024-1-1')", '!!', repr(e))
try:
    print("datetime.fromisoformat('2024-01-01T25:00')", '=>', repr(datetime.fromisoformat('2024-01-01T25:00')))
except Exception as e:
    print("datetime.fromisoformat('2024-01-01T25:00')", '!!', repr(e))
try:
    print("datetime.strptime('2024-02-30', '%Y-%m-%d')", '=>', repr(datetime.strptime('2024-02-30', '%Y-%m-%d')))
except Exception as e:
    print("datetime.strptime('2024-02-30', '%Y-%m-%d')", '!!', repr(e))
try:
    print("datetime.strptime('x', '%Y')", '=>', repr(datetime.strptime('x', '%Y')))
except Exception as e:
    print("datetime.strptime('x', '%Y')", '!!', repr(e))
try:
    print("datetime.strptime('2024-01-01 extra', '%Y-%m-%d')", '=>', repr(datetime.strptime('2024-01-01 extra', '%Y-%m-%d')))
except Exception as e:
    print("datetime.strptime('2024-01-01 extra', '%Y-%m-%d')", '!!', repr(e))
try:
    print('time(1) < time(1, tzinfo=timezone.utc)', '=>', repr(time(1) < time(1, tzinfo=timezone.utc)))
except Exception as e:
    print('time(1) < time(1, tzinfo=timezone.utc)', '!!', repr(e))
