from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print('timezone(timedelta(hours=5,minutes=30)).tzname(None)', '=>', repr(timezone(timedelta(hours=5,minutes=30)).tzname(None)))
except Exception as e:
    print('timezone(timedelta(hours=5,minutes=30)).tzname(None)', '!!', repr(e))
try:
    print('isinstance(datetime(2024,1,1), date)', '=>', repr(isinstance(datetime(2024,1,1), date)))
except Exception as e:
    print('isinstance(datetime(2024,1,1), date)', '!!', repr(e))
try:
    print('isinstance(date(2024,1,1), datetime)', '=>', repr(isinstance(date(2024,1,1), datetime)))
except Exception as e:
    print('isinstance(date(2024,1,1), datetime)', '!!', repr(e))
try:
    print('datetime.MAXYEAR', '=>', repr(datetime.MAXYEAR))
except Exception as e:
    print('datetime.MAXYEAR', '!!', repr(e))
try:
    print('datetime.timezone.utc', '=>', repr(datetime.timezone.utc))
except Exception as e:
    print('datetime.timezone.utc', '!!', repr(e))
try:
    print('datetime.UTC', '=>', repr(datetime.UTC))
except Exception as e:
    print('datetime.UTC', '!!', repr(e))
try:
    print('datetime(2024,3,5,12,0,tzinfo=timezone.utc).timetuple()', '=>', repr(datetime(2024,3,5,12,0,tzinfo=timezone.utc).timetuple()))
except Exception as e:
    print('datetime(2024,3,5,12,0,tzinfo=timezone.utc).timetuple()', '!!', repr(e))
try:
    print("datetime(2024,1,1).strftime('%-d/%-m %e')", '=>', repr(datetime(2024,1,1).strftime('%-d/%-m %e')))
except Exception as e:
    print("datetime(2024,1,1).strftime('%-d/%-m %e')", '!!', repr(e))
