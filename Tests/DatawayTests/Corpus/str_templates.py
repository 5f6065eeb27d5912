# Simple ${name} templating implemented with find/replace and format.
template = "Hello ${name}, you owe ${amount} to ${company}. Bye ${name}!"
values = {"name": "Ann", "amount": "12.50", "company": "ACME"}
out = template
for k, v in values.items():
    out = out.replace("${" + k + "}", v)
print(out)

def render(tmpl, ctx):
    result = ""
    i = 0
    while True:
        start = tmpl.find("${", i)
        if start < 0:
            return result + tmpl[i:]
        end = tmpl.find("}", start)
        key = tmpl[start + 2:end]
        result += tmpl[i:start] + str(ctx.get(key, "?" + key + "?"))
        i = end + 1

print(render(template, {"name": "Bob", "amount": 3}))
print(render("no placeholders", {}))
print(render("${a}${b}${a}", {"a": 1, "b": [2]}))
print(render("${missing} end", {}))
fmt = "Hello {name}, you owe {amount:.2f}"
print(fmt.format(name="Cy", amount=7))
print("Hello %(name)s, you owe %(amount).2f" % {"name": "Di", "amount": 1 / 3})
