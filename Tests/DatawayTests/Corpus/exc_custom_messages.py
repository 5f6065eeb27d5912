# Raising built-in exception types with custom messages and payloads.
def validate(record):
    if not isinstance(record, dict):
        raise TypeError(f"record must be dict, not {type(record)}")
    if "id" not in record:
        raise KeyError("id")
    if record["id"] < 0:
        raise ValueError("id must be >= 0", record["id"])
    return "ok"

for r in [{"id": 1}, {"id": -5}, {}, [1], "s"]:
    try:
        print(validate(r))
    except (TypeError, KeyError, ValueError) as e:
        print(repr(e), "|", str(e), "|", e.args)
errors = []
for i, val in enumerate(["1", "2", "x", "4", None]):
    try:
        int(val)
    except (ValueError, TypeError) as e:
        errors.append({"row": i, "error": str(e)})
print(errors)
e = ValueError("reusable")
for _ in range(2):
    try:
        raise e
    except ValueError as caught:
        print(caught is e, caught)
