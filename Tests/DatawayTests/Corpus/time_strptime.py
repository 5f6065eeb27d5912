import time
t = time.strptime("2024-03-05 12:34:56", "%Y-%m-%d %H:%M:%S")
print(t, t.tm_wday, t.tm_yday, t.tm_isdst)
print(time.strptime("5 Mar 24", "%d %b %y")[:6])
print(time.strptime("Tue Mar  5 12:00:01 2024"))
print(time.strptime("12:30", "%H:%M")[:6])
for s, f in [("2024-13-01", "%Y-%m-%d"), ("xx", "%H")]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print("ValueError:", e)
