import time
try:
    print('time.gmtime(0)', '=>', repr(time.gmtime(0)))
except Exception as e:
    print('time.gmtime(0)', '!!', repr(e))
try:
    print('time.gmtime(1709640000.9)', '=>', repr(time.gmtime(1709640000.9)))
except Exception as e:
    print('time.gmtime(1709640000.9)', '!!', repr(e))
try:
    print("time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1709640000))", '=>', repr(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1709640000))))
except Exception as e:
    print("time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1709640000))", '!!', repr(e))
try:
    print("time.strptime('2024-03-05', '%Y-%m-%d')", '=>', repr(time.strptime('2024-03-05', '%Y-%m-%d')))
except Exception as e:
    print("time.strptime('2024-03-05', '%Y-%m-%d')", '!!', repr(e))
try:
    print('time.asctime(time.gmtime(1709640000))', '=>', repr(time.asctime(time.gmtime(1709640000))))
except Exception as e:
    print('time.asctime(time.gmtime(1709640000))', '!!', repr(e))
