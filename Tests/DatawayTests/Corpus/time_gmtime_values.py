import time
for s in [0, 1, 59, 3600, 86399, 86400, 951782400, 1709640000, 4102444800, -86400, 1.999, -0.5]:
    g = time.gmtime(s)
    print(s, g[:6], g.tm_wday, g.tm_yday)
print(time.ctime(0) == time.asctime(time.localtime(0)))
