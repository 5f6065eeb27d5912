# A page of Stripe customers -> id, email, name and creation time.
def dw_process(msg):
    return [
        {"id": c["id"], "email": c.get("email"), "name": c.get("name"), "created": c["created"]}
        for c in msg.payload["data"]
    ]
