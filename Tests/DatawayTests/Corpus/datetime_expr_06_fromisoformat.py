from datetime import date, datetime, time, timedelta, timezone
import datetime
try:
    print('datetime(2024,3,5,12,0, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=8)))', '=>', repr(datetime(2024,3,5,12,0, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=8)))))
except Exception as e:
    print('datetime(2024,3,5,12,0, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=8)))', '!!', repr(e))
try:
    print('datetime(2024,3,5).isocalendar()', '=>', repr(datetime(2024,3,5).isocalendar()))
except Exception as e:
    print('datetime(2024,3,5).isocalendar()', '!!', repr(e))
try:
    print('date(2024,12,30).isocalendar()', '=>', repr(date(2024,12,30).isocalendar()))
except Exception as e:
    print('date(2024,12,30).isocalendar()', '!!', repr(e))
try:
    print('date(2021,1,1).isocalendar()', '=>', repr(date(2021,1,1).isocalendar()))
except Exception as e:
    print('date(2021,1,1).isocalendar()', '!!', repr(e))
try:
    print('datetime.utcfromtimestamp(1709640000)', '=>', repr(datetime.utcfromtimestamp(1709640000)))
except Exception as e:
    print('datetime.utcfromtimestamp(1709640000)', '!!', repr(e))
try:
    print('datetime.fromtimestamp(1709640000.5, timezone.utc)', '=>', repr(datetime.fromtimestamp(1709640000.5, timezone.utc)))
except Exception as e:
    print('datetime.fromtimestamp(1709640000.5, timezone.utc)', '!!', repr(e))
try:
    print('datetime.fromtimestamp(0, timezone(timedelta(hours=-5)))', '=>', repr(datetime.fromtimestamp(0, timezone(timedelta(hours=-5)))))
except Exception as e:
    print('datetime.fromtimestamp(0, timezone(timedelta(hours=-5)))', '!!', repr(e))
try:
    print("date(2024,3,5).strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %y %%')", '=>', repr(date(2024,3,5).strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %y %%')))
except Exception as e:
    print("date(2024,3,5).strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %y %%')", '!!', repr(e))
