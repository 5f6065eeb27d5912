# Route incoming webhook events by type and build responses.
import json
events = [
    '{"type": "order.created", "data": {"id": 1, "amount": 25.5}}',
    '{"type": "order.cancelled", "data": {"id": 1, "reason": "fraud"}}',
    '{"type": "customer.updated", "data": {"id": 7, "changes": ["email"]}}',
    '{"type": "unknown.thing", "data": {}}',
    '{"type": "order.created", "data": {"id": 2}}',
    'not json',
]
def handle_order(action, data):
    if action == "created":
        if "amount" not in data:
            raise KeyError("amount")
        return {"status": 201, "body": f"order {data['id']} for {data['amount']:.2f}"}
    return {"status": 200, "body": f"order {data['id']} {action}: {data.get('reason', '-')}"}
def handle_customer(action, data):
    return {"status": 200, "body": f"customer {data['id']} {action} {','.join(data['changes'])}"}
handlers = {"order": handle_order, "customer": handle_customer}
for raw in events:
    try:
        ev = json.loads(raw)
        kind, _, action = ev["type"].partition(".")
        handler = handlers.get(kind)
        if handler is None:
            resp = {"status": 404, "body": "no handler for " + ev["type"]}
        else:
            resp = handler(action, ev["data"])
    except json.JSONDecodeError as e:
        resp = {"status": 400, "body": "bad json: " + str(e)}
    except KeyError as e:
        resp = {"status": 422, "body": "missing field " + str(e)}
    print(json.dumps(resp))
