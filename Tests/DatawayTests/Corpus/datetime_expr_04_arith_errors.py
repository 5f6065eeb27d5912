from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print('date.fromisoformat(5)', '=>', repr(date.fromisoformat(5)))
except Exception as e:
    print('date.fromisoformat(5)', '!!', repr(e))
try:
    print('datetime.max + timedelta(1)', '=>', repr(datetime.max + timedelta(1)))
except Exception as e:
    print('datetime.max + timedelta(1)', '!!', repr(e))
try:
    print('date.min - timedelta(1)', '=>', repr(date.min - timedelta(1)))
except Exception as e:
    print('date.min - timedelta(1)', '!!', repr(e))
try:
    print('timezone(timedelta(0), 5)', '=>', repr(timezone(timedelta(0), 5)))
except Exception as e:
    print('timezone(timedelta(0), 5)', '!!', repr(e))
try:
    print('datetime(2024,1,1, tzinfo=5)', '=>', repr(datetime(2024,1,1, tzinfo=5)))
except Exception as e:
    print('datetime(2024,1,1, tzinfo=5)', '!!', repr(e))
try:
    print("datetime.fromisoformat('2024-03-05T12:30:45.123+05:30')", '=>', repr(datetime.fromisoformat('2024-03-05T12:30:45.123+05:30')))
except Exception as e:
    print("datetime.fromisoformat('2024-03-05T12:30:45.123+05:30')", '!!', repr(e))
try:
    print("datetime.fromisoformat('20240305T123045Z')", '=>', repr(datetime.fromisoformat('20240305T123045Z')))
except Exception as e:
    print("datetime.fromisoformat('20240305T123045Z')", '!!', repr(e))
try:
    print("datetime.fromisoformat('2024-W10-2 08')", '=>', repr(datetime.fromisoformat('2024-W10-2 08')))
except Exception as e:
    print("datetime.fromisoformat('2024-W10-2 08')", '!!', repr(e))
