# Handling errors per item in a loop and collecting results.
raw = ["10", "2.5", "abc", "", "-7", None, "1e3", "0x10"]
ints, floats, errors = [], [], []
for item in raw:
    try:
        ints.append(int(item))
        continue
    except (ValueError, TypeError) as e:
        errors.append(("int", str(e)))
    try:
        floats.append(float(item))
    except (ValueError, TypeError) as e:
        errors.append(("float", str(e)))
print(ints)
print(floats)
for kind, msg in errors:
    print(kind, "->", msg)

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError:
        return None

print([safe_div(1, x) for x in [1, 0, "2", 4]])
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError(count)
        break
    except RuntimeError as e:
        print("retry after", e)
print("done after", count)
