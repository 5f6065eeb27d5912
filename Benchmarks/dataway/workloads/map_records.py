# map_records: reshape 100k CRM records into an API's shape.
# Payload: {"source": str, "records": [{id, first, last, email, age, country,
#           balance, tags, active, signup, score}, ...]}

AGE_BANDS = [(25, "18-24"), (35, "25-34"), (50, "35-49"), (65, "50-64")]


def age_band(age):
    for limit, label in AGE_BANDS:
        if age < limit:
            return label
    return "65+"


def map_record(r, source):
    year, month, _day = r["signup"].split("-")
    balance = r["balance"]
    tags = r["tags"]
    return {
        "userId": f"U{r['id']:07d}",
        "fullName": f"{r['first']} {r['last']}",
        "email": r["email"].lower(),
        "ageBand": age_band(r["age"]),
        "country": r["country"].upper(),
        "balanceCents": int(round(balance * 100)),
        "balanceText": f"{balance:.2f}",
        "inDebt": balance < 0,
        "tags": ",".join(sorted(tags)),
        "tagCount": len(tags),
        "isVip": "vip" in tags,
        "status": "active" if r["active"] else "inactive",
        "signupMonth": f"{year}-{month}",
        "score": r["score"] if r["score"] is not None else 0,
        "label": f"{r['last'].upper()}, {r['first']} ({r['age']})",
        "source": source,
    }


def dw_process(msg):
    source = msg.payload["source"]
    out = [map_record(r, source) for r in msg.payload["records"]]
    bands = {}
    countries = {}
    total_cents = 0
    vip = 0
    chars = 0
    for m in out:
        bands[m["ageBand"]] = bands.get(m["ageBand"], 0) + 1
        countries[m["country"]] = countries.get(m["country"], 0) + 1
        total_cents += m["balanceCents"]
        if m["isVip"]:
            vip += 1
        chars += len(m["label"]) + len(m["tags"]) + len(m["email"])
    return {
        "count": len(out),
        "balanceCents": total_cents,
        "vip": vip,
        "chars": chars,
        "bands": bands,
        "countries": countries,
        "first": out[0],
        "last": out[-1],
    }
