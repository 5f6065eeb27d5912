# ord and chr across ASCII, Latin-1, BMP and astral planes.
for ch in ["A", "a", "0", " ", "\n", "é", "ÿ", "Ā", "€", "日", "\uffff", "😀", "\U0010ffff"]:
    print(repr(ch), ord(ch), hex(ord(ch)), chr(ord(ch)) == ch)
print(chr(65), chr(97), chr(0x263A), chr(128512), repr(chr(0)), repr(chr(127)), repr(chr(160)))
print("".join(chr(c) for c in range(ord("a"), ord("f"))))
print([ord(c) - ord("a") for c in "hello"])
print(chr(ord("a") + 25), chr(ord("A") ^ 32))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
print(ord(b"A"), ord(bytearray(b"z")))
