# Reformatting ISO-like date strings without a datetime library.
stamps = ["2024-01-05T09:07:03Z", "2023-12-31T23:59:59+02:00", "2024-02-29T00:00:00Z", "bad-date"]
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def parse(ts):
    date, _, rest = ts.partition("T")
    y, m, d = (int(p) for p in date.split("-"))
    time = rest[:8]
    hh, mm, ss = (int(p) for p in time.split(":"))
    tz = rest[8:] or "Z"
    return {"y": y, "m": m, "d": d, "hh": hh, "mm": mm, "ss": ss, "tz": tz}

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

for ts in stamps:
    try:
        p = parse(ts)
    except ValueError as e:
        print(ts, "-> invalid:", e)
        continue
    pretty = f"{p['d']:02d} {months[p['m'] - 1]} {p['y']} {p['hh']:02d}:{p['mm']:02d}"
    us = "%02d/%02d/%04d" % (p["m"], p["d"], p["y"])
    secs = p["hh"] * 3600 + p["mm"] * 60 + p["ss"]
    print(ts, "|", pretty, "|", us, "|", secs, "|", p["tz"], "| leap" if is_leap(p["y"]) else "")
