from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print("repr(timezone(timedelta(hours=-3), 'X'))", '=>', repr(repr(timezone(timedelta(hours=-3), 'X'))))
except Exception as e:
    print("repr(timezone(timedelta(hours=-3), 'X'))", '!!', repr(e))
try:
    print('str(timezone(timedelta(hours=-3)))', '=>', repr(str(timezone(timedelta(hours=-3)))))
except Exception as e:
    print('str(timezone(timedelta(hours=-3)))', '!!', repr(e))
