# Functions forwarding *args/**kwargs to other functions (wrapper pattern, no decorators).
calls = []

def logged(fn, name):
    def wrapper(*args, **kwargs):
        calls.append((name, args, kwargs))
        result = fn(*args, **kwargs)
        calls.append((name, "->", result))
        return result
    return wrapper

def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}2"

logged_area = logged(area, "area")
print(logged_area(3, 4))
print(logged_area(5, unit="cm"))
print(logged_area(w=2, h=2))
for c in calls:
    print(c)

def retry(fn, attempts):
    def run(*a, **k):
        last = None
        for i in range(attempts):
            try:
                return fn(*a, **k)
            except ValueError as e:
                last = e
                print("attempt", i + 1, "failed:", e)
        return "gave up: " + str(last)
    return run

state = {"n": 0}
def flaky(limit):
    state["n"] += 1
    if state["n"] < limit:
        raise ValueError("not yet " + str(state["n"]))
    return "ok at " + str(state["n"])

print(retry(flaky, 5)(3))
state["n"] = 0
print(retry(flaky, 2)(9))
