import struct
cases = [("<h", 40000), ("<H", -1), ("<b", 200), ("<B", 256), ("<i", 2**31), ("<I", -5), (">h", 40000), ("<q", 2**64), ("<i", 1.5), ("<i", "7"), ("<d", "x"), ("c", b"ab"), ("5s", "abc"), ("<Q", -1)]
for fmt, v in cases:
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(fmt, repr(e))
    except OverflowError as e:
        print(fmt, "OverflowError", e)
for args in [("<ii", 1), ("<i", 1, 2), ("z",), ("<3",)]:
    try:
        struct.pack(*args)
    except struct.error as e:
        print(args, e)
try:
    struct.pack("<e", 1e10)
except OverflowError as e:
    print(e)
