# Render a nested dict as simple XML-like markup with escaping (string building only).
def esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
def render(tag, value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        attrs = "".join(f' {k[1:]}="{esc(v)}"' for k, v in value.items() if k.startswith("@"))
        children = [(k, v) for k, v in value.items() if not k.startswith("@")]
        if not children:
            return [f"{pad}<{tag}{attrs}/>"]
        out = [f"{pad}<{tag}{attrs}>"]
        for k, v in children:
            out.extend(render(k, v, indent + 1))
        return out + [f"{pad}</{tag}>"]
    if isinstance(value, list):
        out = []
        for v in value:
            out.extend(render(tag, v, indent))
        return out
    if value is None:
        return [f"{pad}<{tag}/>"]
    text = "true" if value is True else "false" if value is False else esc(value)
    return [f"{pad}<{tag}>{text}</{tag}>"]
doc = {"@id": "o-1", "@status": "new & open", "customer": {"name": "Zoë <VIP>", "email": None},
       "item": [{"@sku": "A1", "qty": 2}, {"@sku": "B2", "qty": 1, "note": 'say "hi"'}],
       "paid": False, "total": 19.5, "empty": {}}
print("\n".join(render("order", doc)))
