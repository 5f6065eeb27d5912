from datetime import datetime, timezone, timedelta
d = datetime(2024, 1, 7, 9, 5, 3, 42, tzinfo=timezone(timedelta(hours=2), "EET"))
for f in ["%a %A %w %u", "%d %-d %e %j", "%b %B %m %-m", "%y %Y %C %G %g %V", "%H %I %-I %p %M %S %f",
          "%z %Z", "%U %W", "%c", "%x %X", "%D %F %T %R", "%%Y literal %%", "%h", "%n|%t|"]:
    print(repr(f), repr(d.strftime(f)))
print(datetime(2024, 12, 30).strftime("%G-W%V-%u"), datetime(2021, 1, 3).strftime("%G-W%V-%u %U %W"))
print(f"{d:%Y/%m/%d}", "{:%H.%M}".format(d), format(d.date(), "%d %b"), format(d, ""))
