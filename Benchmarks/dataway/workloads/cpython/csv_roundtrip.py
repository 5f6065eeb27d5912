# CPython's side of csv_roundtrip: csv.DictReader and csv.DictWriter over io.StringIO.
import csv
import io


def dw_process(msg):
    text = msg.payload["text"]
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    total = 0.0
    for r in rows:
        total += float(r["amount"])
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0].keys()))
    w.writeheader()
    w.writerows(rows)
    out = buf.getvalue().encode()
    return {"rows": len(rows), "total": round(total, 2), "outLength": len(out), "same": len(out) == len(text.encode())}
