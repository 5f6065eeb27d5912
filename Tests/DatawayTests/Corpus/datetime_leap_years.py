from datetime import date, timedelta
for y in [1900, 2000, 2023, 2024, 2100, 2400]:
    try:
        d = date(y, 2, 29)
        print(y, "leap", d.timetuple().tm_yday, (date(y + 1, 1, 1) - date(y, 1, 1)).days)
    except ValueError as e:
        print(y, "not leap:", e)
print(date(2024, 2, 28) + timedelta(days=1), date(2023, 2, 28) + timedelta(days=1))
print(date(2024, 12, 31).timetuple().tm_yday, date(2023, 12, 31).strftime("%j"))
