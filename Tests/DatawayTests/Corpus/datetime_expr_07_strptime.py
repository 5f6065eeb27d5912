from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print("datetime(2024,3,5,15,4,5,123).strftime('%H:%M:%S.%f %I %p %z %Z|%c|%x|%X')", '=>', repr(datetime(2024,3,5,15,4,5,123).strftime('%H:%M:%S.%f %I %p %z %Z|%c|%x|%X')))
except Exception as e:
    print("datetime(2024,3,5,15,4,5,123).strftime('%H:%M:%S.%f %I %p %z %Z|%c|%x|%X')", '!!', repr(e))
try:
    print("datetime(2024,3,5,15,4,5, tzinfo=timezone(timedelta(hours=-3, minutes=-30))).strftime('%z %Z')", '=>', repr(datetime(2024,3,5,15,4,5, tzinfo=timezone(timedelta(hours=-3, minutes=-30))).strftime('%z %Z')))
except Exception as e:
    print("datetime(2024,3,5,15,4,5, tzinfo=timezone(timedelta(hours=-3, minutes=-30))).strftime('%z %Z')", '!!', repr(e))
try:
    print("f'{date(2024,3,5):%d.%m.%Y}'", '=>', repr(f'{date(2024,3,5):%d.%m.%Y}'))
except Exception as e:
    print("f'{date(2024,3,5):%d.%m.%Y}'", '!!', repr(e))
try:
    print("datetime(2024,3,5,1,2,3).isoformat(' ', 'minutes')", '=>', repr(datetime(2024,3,5,1,2,3).isoformat(' ', 'minutes')))
except Exception as e:
    print("datetime(2024,3,5,1,2,3).isoformat(' ', 'minutes')", '!!', repr(e))
try:
    print("datetime(2024,3,5,1,2,3,4500).isoformat(timespec='milliseconds')", '=>', repr(datetime(2024,3,5,1,2,3,4500).isoformat(timespec='milliseconds')))
except Exception as e:
    print("datetime(2024,3,5,1,2,3,4500).isoformat(timespec='milliseconds')", '!!', repr(e))
try:
    print('time(1,2,3,4).isoformat()', '=>', repr(time(1,2,3,4).isoformat()))
except Exception as e:
    print('time(1,2,3,4).isoformat()', '!!', repr(e))
try:
    print('datetime.combine(date(2024,1,2), time(3,4))', '=>', repr(datetime.combine(date(2024,1,2), time(3,4))))
except Exception as e:
    print('datetime.combine(date(2024,1,2), time(3,4))', '!!', repr(e))
try:
    print('datetime(2024,1,31) + timedelta(days=1)', '=>', repr(datetime(2024,1,31) + timedelta(days=1)))
except Exception as e:
    print('datetime(2024,1,31) + timedelta(days=1)', '!!', repr(e))
