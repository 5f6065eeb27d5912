import time
for f in [lambda: time.sleep(-1), lambda: time.sleep("1"), lambda: time.gmtime("x"), lambda: time.strftime(5),
          lambda: time.strftime("%Y", (1, 2)), lambda: time.struct_time((1, 2, 3))]:
    try:
        f()
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e) is ValueError, e)
time.sleep(0)
time.sleep(0.001)
print("slept")
