# AttributeError and NameError messages.
attr_tests = [
    lambda: (5).foo, lambda: "s".nope, lambda: [].push, lambda: {}.has_key, lambda: None.x,
    lambda: (1.5).append, lambda: (1,).append, lambda: set().append, lambda: b"b".format,
    lambda: [].sort.missing,
]
for i, fn in enumerate(attr_tests):
    try:
        print(i, fn())
    except AttributeError as e:
        print(i, repr(e))
name_tests = [lambda: undefined_thing, lambda: undefined_thing + 1, lambda: len(not_here)]
for i, fn in enumerate(name_tests):
    try:
        print(i, fn())
    except NameError as e:
        print(i, repr(e), str(e))
def local_before_assign():
    total = total + 1
    return total
try:
    local_before_assign()
except NameError as e:
    print("unbound local:", e)
