# Render a notification message from a payload, like a text-mode template.
payload = {
    "user": {"first": "ann", "last": "LEE", "locale": "en"},
    "order": {"id": 10452, "items": [{"name": "Tea", "qty": 2}, {"name": "Mug", "qty": 1}], "total": 22.4},
    "shipping": {"method": "express", "eta_days": 2},
}
def item_list(items):
    parts = [f"{i['qty']} x {i['name']}" for i in items]
    if len(parts) > 1:
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return parts[0] if parts else "nothing"
name = f"{payload['user']['first'].title()} {payload['user']['last'].title()}"
subject = "Order #%d confirmed" % payload["order"]["id"]
body = (
    f"Hi {name},\n"
    f"Thanks for ordering {item_list(payload['order']['items'])}.\n"
    f"Total: ${payload['order']['total']:.2f}\n"
    f"Shipping: {payload['shipping']['method'].upper()} "
    f"(arrives in {payload['shipping']['eta_days']} day{'s' if payload['shipping']['eta_days'] != 1 else ''})"
)
print(subject)
print(body)
print(len(body.splitlines()), len(body))
print(item_list([]), "|", item_list([{"name": "X", "qty": 5}]))
