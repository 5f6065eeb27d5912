# xml_roundtrip: parse a ~5 MB XML order feed into dicts (Entity, xmltodict conventions), walk it,
# and serialise it back to XML. CPython side: workloads/cpython/xml_roundtrip.py (ElementTree).
# Payload: {"text": "<an XML document as a string>"}


def dw_process(msg):
    text = msg.payload["text"]
    doc = Entity.from_bytes(text, "application/xml")["^value"]
    orders = doc["orders"]["*order"]
    lines = 0
    qty = 0
    for o in orders:
        for line in o["lines"]["*line"]:
            lines += 1
            qty += int(line["qty"])
    out = Entity.from_value(doc, mime_type="application/xml")["^blob"]
    return {"orders": len(orders), "lines": lines, "qty": qty, "source": doc["orders"]["@source"],
            "roundTripped": len(out) > len(text) // 2}
