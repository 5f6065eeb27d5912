# Values that are not one-rooted documents, and invalid names, raise the errors xmltodict raises.
values = [
    {"a": "1", "b": "2"},
    {},
    {"a": ["1", "2"]},
    {"a b": "x"},
    {"a": {"@x y": "1"}},
    {"?pi": "x"},
    {"a": {"c/d": "1"}},
    {"a": {"x=y": "1"}},
    {"a": {"q'": "1"}},
    {"a": {1: "x"}},
    {"a": {"<b>": "x"}},
]
for v in values:
    try:
        print(Entity.from_value(v, mime_type="application/xml")["^blob"])
    except ValueError as e:
        print("ValueError:", e)
for v in [["a"], "text", 5]:
    try:
        Entity.from_value(v, mime_type="application/xml")
    except TypeError as e:
        print("TypeError:", e)
