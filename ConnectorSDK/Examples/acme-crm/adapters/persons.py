# A page of persons: emails come as a list of {value, primary}; the primary one goes first.
def dw_process(msg):
    body = msg.payload
    if not body.get("success", False):
        raise ValueError("Acme CRM error: " + str(body.get("error", "unknown")))
    people = []
    for p in body.get("data") or []:
        emails = sorted(p.get("email") or [], key=lambda e: not e.get("primary", False))
        org = p.get("org_id")
        people.append({
            "id": p["id"],
            "name": p["name"],
            "emails": [e["value"] for e in emails if e.get("value")],
            "organization": org["name"] if org else None,
            "updated_at": p["update_time"].replace(" ", "T") + "Z",
        })
    return people
