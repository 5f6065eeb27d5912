# chr/ord round trips and boundaries.
print([chr(i) for i in range(65, 70)], [ord(c) for c in "AZaz09"])
print(chr(0x41), chr(0xe9), chr(0x65e5), chr(0x1F600), ord("\U0010FFFF"), repr(chr(0x10FFFF)))
print(all(ord(chr(i)) == i for i in range(0, 0x3000, 97)))
for bad in [-1, 0x110000, 2 ** 64]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(repr(e))
for bad in ["", "ab", 65, None]:
    try:
        ord(bad)
    except TypeError as e:
        print(repr(e))
print(ord(b"\xff"), ord(bytearray(b"\x00")))
print("".join(chr(ord(c) + 1) for c in "HAL"))
