# Rename, convert and default fields according to a mapping table.
mapping = [
    ("customer_id", "customerId", int, None),
    ("first_name", "firstName", str.strip, ""),
    ("last_name", "lastName", str.strip, ""),
    ("email", "email", str.lower, None),
    ("signup", "signupYear", lambda s: int(s[:4]), None),
    ("vip", "isVip", lambda s: s.lower() in ("y", "yes", "true", "1"), False),
    ("balance", "balance", lambda s: round(float(s), 2), 0.0),
]
source = [
    {"customer_id": "17", "first_name": " Ann ", "last_name": "Lee", "email": "ANN@X.IO",
     "signup": "2019-05-01", "vip": "Yes", "balance": "12.345"},
    {"customer_id": "18", "first_name": "Bo", "email": "bo@y.io", "signup": "2021-11-30", "balance": "n/a"},
    {"customer_id": "x19", "first_name": "Cy"},
]
for rec in source:
    out, problems = {}, []
    for src, dst, conv, default in mapping:
        if src not in rec:
            out[dst] = default
            continue
        try:
            out[dst] = conv(rec[src])
        except (ValueError, TypeError) as e:
            out[dst] = default
            problems.append(f"{src}: {e}")
    print(out)
    for p in problems:
        print("   problem ->", p)
