def dw_process(msg):
    body = msg.payload
    if body.get("errcode", 0) != 0:
        raise ValueError("WeCom error %d: %s" % (body["errcode"], body.get("errmsg", "")))
    departments = sorted(body["department"], key=lambda d: (d["parentid"], d.get("order", 0), d["id"]))
    return [{"id": d["id"], "name": d["name"], "parentid": d["parentid"]} for d in departments]
