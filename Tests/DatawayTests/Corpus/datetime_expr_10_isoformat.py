from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print('str(time(1,2))', '=>', repr(str(time(1,2))))
except Exception as e:
    print('str(time(1,2))', '!!', repr(e))
try:
    print('timedelta(hours=-1)', '=>', repr(timedelta(hours=-1)))
except Exception as e:
    print('timedelta(hours=-1)', '!!', repr(e))
try:
    print('-timedelta(hours=1)', '=>', repr(-timedelta(hours=1)))
except Exception as e:
    print('-timedelta(hours=1)', '!!', repr(e))
try:
    print('abs(timedelta(hours=-1))', '=>', repr(abs(timedelta(hours=-1))))
except Exception as e:
    print('abs(timedelta(hours=-1))', '!!', repr(e))
try:
    print('timedelta(days=1, hours=2).total_seconds()', '=>', repr(timedelta(days=1, hours=2).total_seconds()))
except Exception as e:
    print('timedelta(days=1, hours=2).total_seconds()', '!!', repr(e))
try:
    print('timedelta(1) * 2.5', '=>', repr(timedelta(1) * 2.5))
except Exception as e:
    print('timedelta(1) * 2.5', '!!', repr(e))
try:
    print('3 * timedelta(hours=1)', '=>', repr(3 * timedelta(hours=1)))
except Exception as e:
    print('3 * timedelta(hours=1)', '!!', repr(e))
try:
    print('divmod(timedelta(hours=25), timedelta(hours=7))', '=>', repr(divmod(timedelta(hours=25), timedelta(hours=7))))
except Exception as e:
    print('divmod(timedelta(hours=25), timedelta(hours=7))', '!!', repr(e))
