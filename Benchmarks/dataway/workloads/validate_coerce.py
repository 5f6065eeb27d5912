# validate_coerce: coerce and validate 100k loosely typed rows (try/except
# around int()/float(), isinstance checks, defaults), collecting error counts.
# Payload: {"rows": [{id, amount, qty, date, email, currency?}, ...]}

DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
CURRENCIES = {"cny": "CNY", "usd": "USD", "eur": "EUR", "jpy": "JPY"}


def to_int(value):
    if isinstance(value, int):
        return value
    if value is None:
        raise ValueError("missing")
    return int(value)


def to_float(value):
    if isinstance(value, (int, float)):
        return float(value)
    return float(value.strip())


def check_date(text):
    parts = text.split("-")
    if len(parts) != 3:
        raise ValueError("bad date format")
    year, month, day = int(parts[0]), int(parts[1]), int(parts[2])
    if not 1 <= month <= 12:
        raise ValueError("bad month")
    if not 1 <= day <= DAYS[month - 1]:
        raise ValueError("bad day")
    return year * 10000 + month * 100 + day


def dw_process(msg):
    good = []
    errors = {}
    for row in msg.payload["rows"]:
        problems = []
        try:
            ident = to_int(row["id"])
        except ValueError:
            problems.append("id")
            ident = -1
        try:
            amount = to_float(row["amount"])
        except ValueError:
            problems.append("amount")
            amount = 0.0
        try:
            qty = to_int(row["qty"])
        except ValueError:
            problems.append("qty")
            qty = 0
        try:
            day = check_date(row["date"])
        except ValueError:
            problems.append("date")
            day = 0
        email = row["email"]
        if "@" not in email or email.startswith("@"):
            problems.append("email")
        currency = CURRENCIES.get(row.get("currency", "").lower())
        if currency is None:
            problems.append("currency")
        for p in problems:
            errors[p] = errors.get(p, 0) + 1
        if not problems:
            good.append({"id": ident, "amount": round(amount * qty, 2), "day": day, "currency": currency})
    per_currency = {}
    for g in good:
        per_currency[g["currency"]] = per_currency.get(g["currency"], 0) + 1
    total = 0.0
    for g in good:
        total += g["amount"]
    return {
        "rows": len(msg.payload["rows"]),
        "good": len(good),
        "errors": {k: errors[k] for k in sorted(errors)},
        "perCurrency": per_currency,
        "total": round(total, 2),
        "first": good[:2],
    }
