from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print('date(2024, 2, 30)', '=>', repr(date(2024, 2, 30)))
except Exception as e:
    print('date(2024, 2, 30)', '!!', repr(e))
try:
    print('date(0, 1, 1)', '=>', repr(date(0, 1, 1)))
except Exception as e:
    print('date(0, 1, 1)', '!!', repr(e))
try:
    print('date(2024, 13, 1)', '=>', repr(date(2024, 13, 1)))
except Exception as e:
    print('date(2024, 13, 1)', '!!', repr(e))
try:
    print('datetime(2024,1,1,24)', '=>', repr(datetime(2024,1,1,24)))
except Exception as e:
    print('datetime(2024,1,1,24)', '!!', repr(e))
try:
    print('datetime(2024,1,1,1,60)', '=>', repr(datetime(2024,1,1,1,60)))
except Exception as e:
    print('datetime(2024,1,1,1,60)', '!!', repr(e))
try:
    print('datetime(2024,1,1,1,1,60)', '=>', repr(datetime(2024,1,1,1,1,60)))
except Exception as e:
    print('datetime(2024,1,1,1,1,60)', '!!', repr(e))
try:
    print('datetime(2024,1,1,1,1,1,1000000)', '=>', repr(datetime(2024,1,1,1,1,1,1000000)))
except Exception as e:
    print('datetime(2024,1,1,1,1,1,1000000)', '!!', repr(e))
try:
    print('time(25)', '=>', repr(time(25)))
except Exception as e:
    print('time(25)', '!!', repr(e))
