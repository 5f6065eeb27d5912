from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print('timedelta.max', '=>', repr(timedelta.max))
except Exception as e:
    print('timedelta.max', '!!', repr(e))
try:
    print('timedelta.min', '=>', repr(timedelta.min))
except Exception as e:
    print('timedelta.min', '!!', repr(e))
try:
    print('datetime.min', '=>', repr(datetime.min))
except Exception as e:
    print('datetime.min', '!!', repr(e))
try:
    print('datetime.max', '=>', repr(datetime.max))
except Exception as e:
    print('datetime.max', '!!', repr(e))
try:
    print('date.max', '=>', repr(date.max))
except Exception as e:
    print('date.max', '!!', repr(e))
try:
    print('time.max', '=>', repr(time.max))
except Exception as e:
    print('time.max', '!!', repr(e))
try:
    print('timezone.min', '=>', repr(timezone.min))
except Exception as e:
    print('timezone.min', '!!', repr(e))
try:
    print('timezone.max', '=>', repr(timezone.max))
except Exception as e:
    print('timezone.max', '!!', repr(e))
