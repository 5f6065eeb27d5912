# Searching: in, find, index, count, startswith in combination.
log = """2024-01-01 ERROR disk full on /dev/sda1
2024-01-01 INFO backup started
2024-01-02 WARN disk 91% on /dev/sda1
2024-01-02 ERROR timeout talking to db
2024-01-03 INFO backup finished"""
lines = log.splitlines()
errors = [l for l in lines if " ERROR " in l]
print(len(errors), errors[-1])
print([l.split(" ", 2)[2] for l in lines if l.split()[1] in ("WARN", "ERROR")])
print(sum(l.count("disk") for l in lines), log.count("/dev/sda1"))
first_info = next(i for i, l in enumerate(lines) if "INFO" in l)
print(first_info, lines[first_info].find("backup"), lines[first_info].index("started"))
by_day = {}
for l in lines:
    day, level, msg = l.split(" ", 2)
    by_day.setdefault(day, []).append(level)
print(by_day)
print(any(l.endswith("finished") for l in lines), all(l.startswith("2024") for l in lines))
print(log.find("missing"), "missing" in log, log.rfind("ERROR") > log.find("ERROR"))
