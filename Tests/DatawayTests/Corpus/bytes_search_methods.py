# find, rfind, index, count, startswith, endswith on bytes.
b = b"abracadabra"
print(b.find(b"bra"), b.rfind(b"bra"), b.find(b"x"), b.find(97), b.find(b"a", 1), b.find(b"a", 1, 3))
print(b.index(b"cad"), b.rindex(b"a"), b.count(b"a"), b.count(b"abra"), b.count(b""), b.count(98))
print(b.startswith(b"abr"), b.endswith(b"bra"), b.startswith((b"x", b"a")), b.endswith(b"a", 0, 4))
print(b.partition(b"c"), b.rpartition(b"a"))
try:
    b.index(b"zzz")
except ValueError as e:
    print("ValueError:", e)
try:
    b.startswith("a")
except TypeError as e:
    print("TypeError:", e)
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"x".center(5, b"*"), b"7".zfill(3))
print(b"ab".ljust(4, b"."), b"ab".rjust(4), b"a\tb".expandtabs(4))
