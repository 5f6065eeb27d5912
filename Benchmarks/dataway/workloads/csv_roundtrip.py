# csv_roundtrip: parse a ~5 MB CSV export into a list of dicts (Entity, header row as keys), sum a
# column, and write it back as CSV. CPython side: workloads/cpython/csv_roundtrip.py (csv module).
# Payload: {"text": "<a CSV document as a string>"}


def dw_process(msg):
    text = msg.payload["text"]
    rows = Entity.from_bytes(text, "text/csv")["^value"]
    total = 0.0
    for r in rows:
        total += float(r["amount"])
    out = Entity.from_value(rows, mime_type="text/csv")["^blob"]
    return {"rows": len(rows), "total": round(total, 2), "outLength": len(out), "same": len(out) == len(text.encode())}
