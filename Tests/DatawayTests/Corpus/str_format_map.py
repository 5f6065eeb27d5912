# format_map with a dict, missing keys and nested lookups.
template = "Dear {title} {last}, your order {order[id]} ships on {order[date]}."
data = {"title": "Dr.", "last": "Who", "order": {"id": 42, "date": "2024-01-02"}}
print(template.format_map(data))
print("{a}{b}".format_map({"a": 1, "b": 2, "c": 3}))
print("{x:>5}|".format_map({"x": "r"}))
print("{n:,.2f}".format_map({"n": 1234.5}))
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError:", e)
try:
    "{0}".format_map({"0": "zero"})
except (KeyError, ValueError, IndexError) as e:
    print(repr(e))
rows = [{"sku": "A1", "qty": 3}, {"sku": "B22", "qty": 10}]
for r in rows:
    print("{sku:<5}{qty:>4}".format_map(r))
print("{d[k]}".format_map({"d": {"k": "nested"}}), "{l[0]}".format_map({"l": ["first"]}))
