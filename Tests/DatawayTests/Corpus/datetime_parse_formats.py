from datetime import datetime
samples = [
    ("2024-03-05 14:30:00", "%Y-%m-%d %H:%M:%S"),
    ("05.03.2024", "%d.%m.%Y"),
    ("Mar 5 2024 2:30PM", "%b %d %Y %I:%M%p"),
    ("2024-065", "%Y-%j"),
    ("5/3/24 08:15", "%d/%m/%y %H:%M"),
    ("Tue, 05 Mar 2024 14:30:00 +0000", "%a, %d %b %Y %H:%M:%S %z"),
    ("20240305T143000.123Z", "%Y%m%dT%H%M%S.%f%z"),
    ("12 AM", "%I %p"),
]
for s, f in samples:
    d = datetime.strptime(s, f)
    print(repr(d))
for s, f in [("2024-03-05", "%Y/%m/%d"), ("2024-03-05 10", "%Y-%m-%d"), ("31/02/2024", "%d/%m/%Y")]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print("ValueError:", e)
