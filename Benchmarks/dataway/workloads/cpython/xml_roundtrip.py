# CPython's side of xml_roundtrip: xml.etree.ElementTree parse, walk and serialise.
import xml.etree.ElementTree as ET


def dw_process(msg):
    text = msg.payload["text"]
    root = ET.fromstring(text)
    orders = root.findall("order")
    lines = 0
    qty = 0
    for o in orders:
        for line in o.find("lines").findall("line"):
            lines += 1
            qty += int(line.find("qty").text)
    out = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return {"orders": len(orders), "lines": lines, "qty": qty, "source": root.get("source"),
            "roundTripped": len(out) > len(text) // 2}
