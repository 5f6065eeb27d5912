# json_roundtrip: json.loads a ~5 MB JSON text, transform it, json.dumps it
# (default, compact/sorted, ensure_ascii=False, indent=2), return lengths and snippets.
# Payload: {"text": "<a JSON document as a string>"}
import json


def dw_process(msg):
    text = msg.payload["text"]
    data = json.loads(text)
    out = []
    for it in data["items"]:
        if not it["active"]:
            continue
        meta = it["meta"]
        out.append({
            "id": it["id"],
            "name": it["name"].upper(),
            "total": it["qty"] * it["price"],
            "ratio": it["ratio"],
            "tags": it["tags"],
            "source": meta["source"],
            "note": meta["note"],
            "score": meta["score"],
            "created": meta["created"],
        })
    doc = {"source": data["source"], "version": data["version"] + 1, "count": len(out), "items": out}
    dumped = json.dumps(doc)
    compact = json.dumps(doc, separators=(",", ":"), sort_keys=True)
    unicode = json.dumps(doc, ensure_ascii=False)
    pretty = json.dumps(doc, indent=2)
    again = json.loads(compact)
    return {
        "inputLength": len(text),
        "count": len(out),
        "length": len(dumped),
        "compactLength": len(compact),
        "unicodeLength": len(unicode),
        "prettyLength": len(pretty),
        "prettyLines": pretty.count("\n") + 1,
        "roundtripEqual": again == doc,
        "head": dumped[:160],
        "tail": compact[-120:],
    }
