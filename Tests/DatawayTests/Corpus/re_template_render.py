import re
tpl = "Hello {{ name }}, your order {{order.id}} ships {{ when|upper }}. {{missing}}"
ctx = {"name": "Ana", "order.id": "A-17", "when": "tomorrow"}
def render(m):
    key, _, filt = m.group(1).strip().partition("|")
    val = ctx.get(key, "?")
    return val.upper() if filt == "upper" else val
print(re.sub(r"\{\{(.*?)\}\}", render, tpl))
print(re.subn(r"\{\{\s*(\w+)\s*\}\}", r"<\1>", tpl))
