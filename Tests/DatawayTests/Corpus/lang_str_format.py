# str.format with positional, keyword, indexed, and nested fields.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^11}".format(" mid "))
print("{0:.3f} {0:e} {0:%}".format(0.25))
print("{:,} {:_} {:08.2f}".format(10**9, 10**6, -3.14159))
print("{!r} {!s} {!a}".format("r", "s", "ñ"))
print("{{}} {{{}}}".format("inner"))
print("{:{}}|".format("pad", 6))
print("{:{align}{width}}|".format("x", align=">", width=4))
print("{0:{1}.{2}f}".format(3.14159, 8, 2))
print("{:b} {:o} {:x} {:#X}".format(10, 10, 255, 255))
print("{:+} {:+} {: }".format(5, -5, 5))
args = ("p", "q")
kwargs = {"k": "K"}
print("{} {} {k}".format(*args, **kwargs))
print("{}".format(None), "{}".format([1, {"a": (2,)}]))
print("{:10}|{:<10}|{:>3}|".format(42, 42, 12345))
print("{:.2}".format("truncate"), "{:.2}".format(3.14159))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format("x")
except ValueError as e:
    print("ValueError:", e)
