import time
try:
    print('time.gmtime(1709640000).tm_year', '=>', repr(time.gmtime(1709640000).tm_year))
except Exception as e:
    print('time.gmtime(1709640000).tm_year', '!!', repr(e))
try:
    print('time.gmtime(1709640000)[:3]', '=>', repr(time.gmtime(1709640000)[:3]))
except Exception as e:
    print('time.gmtime(1709640000)[:3]', '!!', repr(e))
try:
    print("time.strptime('2024-03-05', '%Y-%m-%d') == (2024, 3, 5, 0, 0, 0, 1, 65, -1)", '=>', repr(time.strptime('2024-03-05', '%Y-%m-%d') == (2024, 3, 5, 0, 0, 0, 1, 65, -1)))
except Exception as e:
    print("time.strptime('2024-03-05', '%Y-%m-%d') == (2024, 3, 5, 0, 0, 0, 1, 65, -1)", '!!', repr(e))
