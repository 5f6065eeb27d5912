from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print('timedelta(1) / 0', '=>', repr(timedelta(1) / 0))
except Exception as e:
    print('timedelta(1) / 0', '!!', repr(e))
try:
    print('timedelta(1) // timedelta(0)', '=>', repr(timedelta(1) // timedelta(0)))
except Exception as e:
    print('timedelta(1) // timedelta(0)', '!!', repr(e))
try:
    print('date.fromordinal(0)', '=>', repr(date.fromordinal(0)))
except Exception as e:
    print('date.fromordinal(0)', '!!', repr(e))
try:
    print('datetime(2024,1,1).replace(month=13)', '=>', repr(datetime(2024,1,1).replace(month=13)))
except Exception as e:
    print('datetime(2024,1,1).replace(month=13)', '!!', repr(e))
try:
    print('date(2024,1,1) - 1', '=>', repr(date(2024,1,1) - 1))
except Exception as e:
    print('date(2024,1,1) - 1', '!!', repr(e))
try:
    print('1 - date(2024,1,1)', '=>', repr(1 - date(2024,1,1)))
except Exception as e:
    print('1 - date(2024,1,1)', '!!', repr(e))
try:
    print('timedelta(1) + 1', '=>', repr(timedelta(1) + 1))
except Exception as e:
    print('timedelta(1) + 1', '!!', repr(e))
try:
    print('time(1) + timedelta(1)', '=>', repr(time(1) + timedelta(1)))
except Exception as e:
    print('time(1) + timedelta(1)', '!!', repr(e))
