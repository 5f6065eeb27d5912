# string_ops: parse and reformat 100k log lines with str methods
# (strip/split/partition/replace/upper/lower/join/format/startswith/find/count).
# Payload: {"lines": ["  2024-03-05 12:00:01 | INFO  | billing | Order 12 created ... amount=1.50 currency=eur", ...]}


def parse_line(line):
    parts = line.strip().split(" | ")
    stamp, level, service, text = parts[0], parts[1].strip(), parts[2], parts[3]
    date, _, clock = stamp.partition(" ")
    fields = {}
    words = []
    for word in text.split(" "):
        if "=" in word:
            key, _, value = word.partition("=")
            fields[key] = value.strip("'")
        elif word:
            words.append(word)
    return date, clock, level, service, words, fields


def dw_process(msg):
    levels = {}
    services = {}
    currencies = {}
    out_chars = 0
    digits = 0
    notes = 0
    csv_rows = []
    for line in msg.payload["lines"]:
        date, clock, level, service, words, fields = parse_line(line)
        levels[level] = levels.get(level, 0) + 1
        key = service.replace("-", "_").upper()
        services[key] = services.get(key, 0) + 1
        cur = fields.get("currency", "").upper()
        currencies[cur] = currencies.get(cur, 0) + 1
        if "note" in fields:
            notes += 1
        hour = clock[:2]
        title = " ".join(w.capitalize() for w in words[:3])
        row = "{}T{}Z;{:<5};{:>14};{};{}".format(
            date.replace("-", ""), clock, level.lower(), service, hour, title)
        row = "%s;%s;%s" % (row, fields.get("amount", "0").zfill(10), cur)
        if row.startswith("2024") and row.find(";error;") >= 0:
            row = row.upper()
        out_chars += len(row)
        digits += row.count("0") + line.count("1")
        if len(csv_rows) < 5 or level == "ERROR" and len(csv_rows) < 8:
            csv_rows.append(row)
    return {
        "levels": levels,
        "services": services,
        "currencies": currencies,
        "notes": notes,
        "chars": out_chars,
        "digits": digits,
        "sample": "\n".join(csv_rows),
    }
