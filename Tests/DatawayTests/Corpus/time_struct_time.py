import time
t = time.gmtime(1709640000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[1:4], len(t), list(t)[:3], tuple(t) == t, t == tuple(t))
y, m, d, *rest = t
print(y, m, d, rest)
print(t.tm_zone, t.tm_gmtoff)
s = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))
print(s, s.tm_hour)
