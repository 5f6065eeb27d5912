# Exact TypeError messages from str methods given bad arguments.
s = "abc"
cases = [
    lambda: "abc".startswith(1),
    lambda: "abc".endswith(["c"]),
    lambda: "abc".find(None),
    lambda: "abc".count(1),
    lambda: "abc".split(1),
    lambda: "a,b".join("x", "y"),
    lambda: "abc".replace("a", 1),
    lambda: "abc".center(),
    lambda: "abc".zfill(1.5),
    lambda: "abc".index(),
    lambda: "abc".upper(1),
    lambda: "abc".encode(1),
    lambda: "abc" - "b",
    lambda: -"abc",
    lambda: s[1.0],
    lambda: s["1"],
    lambda: "%d" % "abc",
    lambda: "{0}".format(),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except (TypeError, IndexError, ValueError) as e:
        print(i, repr(e))
