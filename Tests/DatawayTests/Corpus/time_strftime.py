import time
t = time.gmtime(1709640000)
for f in ["%Y-%m-%d %H:%M:%S", "%a, %d %b %Y", "%A %B %j", "%I:%M %p", "%y%m%d", "%U %W %w", "%c", "%x %X", "%%", "%e|%-d"]:
    print(repr(f), repr(time.strftime(f, t)))
print(time.strftime("%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 25, 0, 0, 0, 1, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print("ValueError:", e)
print(time.asctime(t), time.asctime((2024, 3, 5, 9, 8, 7, 1, 65, 0)))
