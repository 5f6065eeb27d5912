from datetime import datetime
tests = [("1999", "%Y"), ("99", "%y"), ("68", "%y"), ("69", "%y"), ("7", "%m"), ("July", "%B"), ("jul", "%b"),
         ("monday 2024 1 1", "%A %Y %W %w"), ("Sun 2024 0 0", "%a %Y %U %w"), ("11 pm", "%I %p"), ("12 pm", "%I %p"),
         ("001", "%j"), ("  5", "%d"), ("1 2 3", "%d %m %y"), ("2024-03-05T01:02:03+05:30", "%Y-%m-%dT%H:%M:%S%z"),
         ("100%", "%d%%")]
for s, f in tests:
    try:
        print(repr(s), f, repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), f, "ValueError:", e)
for f in ["%Q", "%", "%Y %"]:
    try:
        datetime.strptime("2024", f)
    except ValueError as e:
        print("ValueError:", e)
