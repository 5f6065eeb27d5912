# str/repr/bin/oct/hex/format of ints, including negatives and big values.
for n in [0, 1, -1, 255, -255, 4096, 2 ** 70, -(2 ** 70)]:
    print(n, str(n), repr(n), bin(n), oct(n), hex(n))
print(format(255, "b"), format(255, "#b"), format(255, "08b"), format(255, "x"), format(255, "#X"))
print(format(-255, "x"), format(-255, "#x"), format(2 ** 64, "x"))
print(format(1234567890, ","), format(1234567890, "_"), format(-1234567890, ",d"))
print(format(1234567890, "_x"), format(0xFFFFFFFF, "_b"))
print(format(42, ">6"), format(42, "<6") + "|", format(42, "^6") + "|", format(42, "06"))
print(format(42, "+"), format(-42, "+"), format(42, " "), format(42, "="))
print(format(42, "e"), format(42, ".2f"), format(42, "%"), format(42, "c"))
print(str(10 ** 50), len(str(10 ** 50)))
print(f"{2 ** 100:,}")
print(f"{-5:#010b}", f"{5:#06o}")
