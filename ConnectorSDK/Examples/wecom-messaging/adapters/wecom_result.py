# WeCom answers HTTP 200 even on failure; errcode says what happened.
def dw_process(msg):
    body = msg.payload
    if body.get("errcode", 0) != 0:
        raise ValueError("WeCom error %d: %s" % (body["errcode"], body.get("errmsg", "")))
    invalid = body.get("invaliduser", "")
    return {
        "msgid": body.get("msgid", ""),
        "invalid_users": [u for u in invalid.split("|") if u],
    }
