from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print("datetime.strptime('2024-03-05T10:11:12Z', '%Y-%m-%dT%H:%M:%S%z')", '=>', repr(datetime.strptime('2024-03-05T10:11:12Z', '%Y-%m-%dT%H:%M:%S%z')))
except Exception as e:
    print("datetime.strptime('2024-03-05T10:11:12Z', '%Y-%m-%dT%H:%M:%S%z')", '!!', repr(e))
try:
    print("datetime.strptime('2024', '%Y %%')", '=>', repr(datetime.strptime('2024', '%Y %%')))
except Exception as e:
    print("datetime.strptime('2024', '%Y %%')", '!!', repr(e))
try:
    print("datetime.strptime('x', '%Q')", '=>', repr(datetime.strptime('x', '%Q')))
except Exception as e:
    print("datetime.strptime('x', '%Q')", '!!', repr(e))
try:
    print('timedelta(microseconds=1.5)', '=>', repr(timedelta(microseconds=1.5)))
except Exception as e:
    print('timedelta(microseconds=1.5)', '!!', repr(e))
try:
    print('timedelta(weeks=1, hours=-1, minutes=0.5)', '=>', repr(timedelta(weeks=1, hours=-1, minutes=0.5)))
except Exception as e:
    print('timedelta(weeks=1, hours=-1, minutes=0.5)', '!!', repr(e))
try:
    print('repr(timedelta(days=-1, seconds=5))', '=>', repr(repr(timedelta(days=-1, seconds=5))))
except Exception as e:
    print('repr(timedelta(days=-1, seconds=5))', '!!', repr(e))
try:
    print('str(timedelta(days=-1, seconds=5))', '=>', repr(str(timedelta(days=-1, seconds=5))))
except Exception as e:
    print('str(timedelta(days=-1, seconds=5))', '!!', repr(e))
try:
    print('str(timedelta(days=3, microseconds=7))', '=>', repr(str(timedelta(days=3, microseconds=7))))
except Exception as e:
    print('str(timedelta(days=3, microseconds=7))', '!!', repr(e))
