from datetime import datetime, date, time
for s in ["2024-03-05", "2024-03-05T10", "2024-03-05T10:11", "2024-03-05 10:11:12", "2024-03-05T10:11:12.5",
          "2024-03-05T10:11:12,123456", "2024-03-05T10:11:12+01:00", "2024-03-05T10:11:12-0230", "2024-03-05T10:11:12Z",
          "20240305", "2024-W10", "2024-W10-7", "20240305T101112", "2024-03-05T10:11:12.1234567"]:
    try:
        print(s, repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, "ValueError:", e)
print(repr(date.fromisoformat("2024-W01-1")), repr(time.fromisoformat("10:11:12.000500+05:30")))
for s in ["2024/03/05", "2024-3-5", "", "2024-03-05T", "24:00"]:
    try:
        print(repr(date.fromisoformat(s)) if "/" in s or len(s) < 11 and ":" not in s else repr(time.fromisoformat(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
