# The created issue -> its number and web URL.
def dw_process(msg):
    if msg.attrs["status"] != 201:
        raise ValueError("GitHub did not create the issue: status %d" % msg.attrs["status"])
    return {"number": msg.payload["number"], "url": msg.payload["html_url"]}
