# Stripe takes form fields, with nested metadata as metadata[key]=value.
def dw_process(msg):
    body = {"email": msg.payload["email"]}
    if msg.payload.get("name"):
        body["name"] = msg.payload["name"]
    for key, value in sorted(msg.payload.get("metadata", {}).items()):
        body["metadata[%s]" % key] = value
    headers = {"Idempotency-Key": "create-customer-" + msg.payload["email"].lower()}
    if msg.vars.get("stripe_account"):
        headers["Stripe-Account"] = msg.vars["stripe_account"]
    return {"body": body, "headers": headers}
