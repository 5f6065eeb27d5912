#!/usr/bin/env python3
"""Generate the benchmark payload files deterministically.

Writes one JSON file per workload into Benchmarks/data/ (gitignored):
data/<workload>.json is the `msg.payload` that workload receives.

Every file comes from its own seeded random.Random, so the same version of this
script always writes byte-identical files. compare.py reruns this script when a
payload is missing or when this file has changed (see data/.stamp).

    python3 Benchmarks/dataway/gen_data.py [--out DIR] [--only NAME]
"""

import argparse
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "data"))

FIRST = ["Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances",
         "Edsger", "Radia", "Tim", "Hedy", "John", "Katherine", "Guido", "Sophie", "Niklaus",
         "Shafi", "Donald", "Zoë", "José", "Björn", "Chloé"]
LAST = ["Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson",
        "Allen", "Dijkstra", "Perlman", "Berners-Lee", "Lamarr", "McCarthy", "Johnson", "van Rossum",
        "Wilson", "Wirth", "Goldwasser", "Knuth", "Müller", "García", "O'Brien", "Nakamura"]
DOMAINS = ["Example.com", "mail.example.org", "Corp.Example.net", "test.example.io"]
COUNTRIES = ["cn", "us", "de", "fr", "jp", "br", "in", "gb", "sg", "au"]
TAGS = ["vip", "new", "churn-risk", "b2b", "b2c", "newsletter", "beta", "partner", "trial", "legacy"]
REGIONS = ["north", "south", "east", "west", "central", "overseas"]
STATUSES = ["paid", "paid", "paid", "shipped", "shipped", "pending", "cancelled", "refunded"]
LEVELS = ["INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"]
SERVICES = ["order-service", "billing", "inventory", "gateway", "auth", "notifier"]
VERBS = ["created", "updated", "shipped", "cancelled", "retried", "validated"]
CURRENCIES = ["cny", "usd", "eur", "jpy"]
DEPTS = ["eng", "sales", "ops", "finance", "legal", "support", "marketing", "hr"]


def money(rng, lo, hi):
    return round(rng.uniform(lo, hi), 2)


def gen_map_records(rng, n=100_000):
    records = []
    for i in range(n):
        first = rng.choice(FIRST)
        last = rng.choice(LAST)
        email = "%s.%s%d@%s" % (first, last.replace(" ", "").replace("'", ""), i, rng.choice(DOMAINS))
        records.append({
            "id": i,
            "first": first,
            "last": last,
            "email": email,
            "age": rng.randint(18, 90),
            "country": rng.choice(COUNTRIES),
            "balance": money(rng, -500, 10_000),
            "tags": rng.sample(TAGS, rng.randint(0, 4)),
            "active": rng.random() < 0.7,
            "signup": "20%02d-%02d-%02d" % (rng.randint(15, 24), rng.randint(1, 12), rng.randint(1, 28)),
            "score": None if rng.random() < 0.2 else rng.randint(0, 100),
        })
    return {"source": "crm", "records": records}


def gen_group_aggregate(rng, n=100_000):
    orders = []
    for i in range(n):
        items = []
        for _ in range(rng.randint(1, 5)):
            items.append({
                "sku": "SKU-%04d" % rng.randint(0, 2_000),
                "qty": rng.randint(1, 10),
                "price": money(rng, 0.5, 300),
            })
        orders.append({
            "id": "O%07d" % i,
            "customer": "C%05d" % rng.randint(0, 4_999),
            "region": rng.choice(REGIONS),
            "status": rng.choice(STATUSES),
            "discount": rng.choice([0, 0, 0, 0.05, 0.1, 0.15]),
            "created": "2024-%02d-%02dT%02d:%02d:%02d" % (
                rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                rng.randint(0, 59), rng.randint(0, 59)),
            "items": items,
        })
    return {"orders": orders}


def gen_string_ops(rng, n=100_000):
    lines = []
    for i in range(n):
        ts = "2024-%02d-%02d %02d:%02d:%02d" % (
            rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
            rng.randint(0, 59), rng.randint(0, 59))
        level = rng.choice(LEVELS)
        svc = rng.choice(SERVICES)
        msg = "Order %d %s for customer c-%04d amount=%.2f currency=%s" % (
            rng.randint(1, 999_999), rng.choice(VERBS), rng.randint(0, 9_999),
            rng.uniform(1, 5_000), rng.choice(CURRENCIES))
        if rng.random() < 0.1:
            msg += " note='%s'" % rng.choice(["retry later", "manual review", "  spaced  out  "])
        pad = " " * rng.randint(0, 3)
        lines.append("%s%s | %-5s | %s | %s%s" % (pad, ts, level, svc, msg, pad))
    return {"lines": lines}


def gen_regex_logs(rng, n=60_000):
    methods = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
    paths = ["/api/v1/orders/%d", "/api/v1/customers/%d/invoices", "/static/app.%d.js", "/health",
             "/api/v2/search?q=item%d&page=2", "/login"]
    agents = ["Mozilla/5.0 (X11; Linux x86_64)", "curl/8.4.0", "python-requests/2.31", "Go-http-client/1.1"]
    lines = []
    for i in range(n):
        ip = "%d.%d.%d.%d" % (rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        ts = "%02d/%s/2024:%02d:%02d:%02d +0800" % (
            rng.randint(1, 28), rng.choice(["Jan", "Feb", "Mar", "Apr"]), rng.randint(0, 23),
            rng.randint(0, 59), rng.randint(0, 59))
        path = rng.choice(paths)
        if "%d" in path:
            path = path % rng.randint(1, 99_999)
        status = rng.choice([200, 200, 200, 201, 204, 301, 404, 500])
        size = rng.randint(0, 90_000)
        extra = ""
        if rng.random() < 0.3:
            extra = " user=%s@%s trace=%08x" % (rng.choice(FIRST).lower(), rng.choice(DOMAINS).lower(), rng.getrandbits(32))
        lines.append('%s - - [%s] "%s %s HTTP/1.1" %d %d "%s" rt=%.3f%s' % (
            ip, ts, rng.choice(methods), path, status, size, rng.choice(agents), rng.uniform(0, 2), extra))
    return {"lines": lines}


def gen_dict_build_lookup(rng):
    return {"n": 200_000, "lookups": 300_000, "seed": 12345}


def gen_fib27(rng):
    return {"n": 27, "repeat": 15}


def gen_json_roundtrip(rng, n=14_000):
    items = []
    for i in range(n):
        items.append({
            "id": i,
            "name": "%s %s" % (rng.choice(FIRST), rng.choice(LAST)),
            "active": rng.random() < 0.8,
            "qty": rng.randint(0, 50),
            "price": money(rng, 0.1, 999),
            "ratio": rng.random(),
            "tags": rng.sample(TAGS, rng.randint(0, 3)),
            "meta": {
                "created": "2024-%02d-%02dT00:00:00Z" % (rng.randint(1, 12), rng.randint(1, 28)),
                "source": rng.choice(["api", "csv", "sftp", "webhook"]),
                "note": None if rng.random() < 0.5 else "line1\nline2\t\"quoted\" \\ back",
                "score": rng.randint(-1_000_000, 1_000_000),
            },
        })
    doc = {"source": "export", "version": 3, "generated": "2024-06-01T12:00:00Z", "items": items}
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    return {"text": text}


def gen_xml_roundtrip(rng, n=9_000):
    """An ERP order feed as XML text (about 5 MB)."""
    from xml.sax.saxutils import escape, quoteattr
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<orders source="erp" version="3">\n']
    for i in range(n):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        out.append('  <order id="SO-%06d" status=%s>\n' % (i, quoteattr(rng.choice(STATUSES))))
        out.append('    <customer code="C-%d"><name>%s</name><email>%s@%s</email></customer>\n'
                   % (rng.randrange(10_000), escape(first + " " + last), first.lower(), rng.choice(DOMAINS)))
        out.append("    <date>2024-%02d-%02d</date>\n    <lines>\n" % (rng.randint(1, 12), rng.randint(1, 28)))
        for k in range(rng.randint(1, 6)):
            out.append('      <line no="%d"><sku>SKU-%05d</sku><qty>%d</qty><price>%.2f</price>%s</line>\n'
                       % (k + 1, rng.randrange(100_000), rng.randint(1, 20), money(rng, 1, 500),
                          "<note>%s</note>" % escape(rng.choice(["gift & wrap", "<fragile>", "express"]))
                          if rng.random() < 0.2 else ""))
        out.append('    </lines>\n    <total currency="%s">%.2f</total>\n  </order>\n'
                   % (rng.choice(CURRENCIES).upper(), money(rng, 10, 5000)))
    out.append("</orders>\n")
    return {"text": "".join(out)}


def gen_csv_roundtrip(rng, n=70_000):
    """A finance CSV export (about 5 MB), CRLF lines, some quoted fields."""
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["id", "date", "customer", "region", "product", "qty", "amount", "currency", "note"])
    for i in range(n):
        note = rng.choice(["", "", "", "paid, late", 'said "ok"', "multi\nline", "refund"])
        w.writerow([i, "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
                    rng.choice(FIRST) + " " + rng.choice(LAST), rng.choice(REGIONS), "SKU-%05d" % rng.randrange(100_000),
                    rng.randint(1, 50), "%.2f" % money(rng, 1, 2000), rng.choice(CURRENCIES).upper(), note])
    return {"text": buf.getvalue()}


def gen_sort_records(rng, n=200_000):
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": "%s %s" % (rng.choice(FIRST), rng.choice(LAST)),
            "dept": rng.choice(DEPTS),
            "score": rng.randint(0, 1_000),
            "salary": money(rng, 20_000, 250_000),
        })
    rng.shuffle(records)
    return {"records": records}


def gen_validate_coerce(rng, n=100_000):
    rows = []
    for i in range(n):
        r = rng.random()
        if r < 0.8:
            amount = "%.2f" % rng.uniform(-100, 10_000)
        elif r < 0.85:
            amount = "n/a"
        elif r < 0.9:
            amount = ""
        elif r < 0.95:
            amount = " %d " % rng.randint(0, 500)
        else:
            amount = rng.randint(0, 500)
        q = rng.random()
        if q < 0.85:
            qty = str(rng.randint(0, 99))
        elif q < 0.9:
            qty = "three"
        elif q < 0.95:
            qty = None
        else:
            qty = rng.randint(0, 99)
        d = rng.random()
        month = rng.randint(1, 12) if d < 0.95 else 13
        day = rng.randint(1, 31)
        date = "2024-%02d-%02d" % (month, day) if d < 0.97 else "2024/%d/%d" % (month, day)
        row = {
            "id": str(i) if rng.random() < 0.97 else "X%d" % i,
            "amount": amount,
            "qty": qty,
            "date": date,
            "email": "user%d@example.com" % i if rng.random() < 0.95 else "user%d.example.com" % i,
            "currency": rng.choice(CURRENCIES + ["", "US$"]),
        }
        if rng.random() < 0.02:
            del row["currency"]
        rows.append(row)
    return {"rows": rows}


GENERATORS = {
    "map_records": gen_map_records,
    "group_aggregate": gen_group_aggregate,
    "string_ops": gen_string_ops,
    "dict_build_lookup": gen_dict_build_lookup,
    "fib27": gen_fib27,
    "json_roundtrip": gen_json_roundtrip,
    "sort_records": gen_sort_records,
    "validate_coerce": gen_validate_coerce,
    "regex_logs": gen_regex_logs,
    "xml_roundtrip": gen_xml_roundtrip,
    "csv_roundtrip": gen_csv_roundtrip,
}


def source_stamp():
    with open(os.path.abspath(__file__), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def seed_for(name):
    # A stable per-workload seed (not hash(), which is randomised per process).
    return int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)


def generate(name, out_dir):
    rng = random.Random(seed_for(name))
    payload = GENERATORS[name](rng)
    path = os.path.join(out_dir, name + ".json")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(payload, f, ensure_ascii=False, separators=(",", ":"))
    os.replace(tmp, path)
    return path


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=DEFAULT_OUT, help="output directory (default: Benchmarks/data)")
    ap.add_argument("--only", action="append", help="generate only this workload (repeatable)")
    args = ap.parse_args(argv)

    names = args.only or list(GENERATORS)
    for name in names:
        if name not in GENERATORS:
            sys.exit("gen_data: unknown workload %r (known: %s)" % (name, ", ".join(GENERATORS)))
    os.makedirs(args.out, exist_ok=True)
    for name in names:
        path = generate(name, args.out)
        print("gen_data: wrote %s (%.1f MiB)" % (path, os.path.getsize(path) / 1048576.0), file=sys.stderr)
    if not args.only:
        with open(os.path.join(args.out, ".stamp"), "w") as f:
            f.write(source_stamp() + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
