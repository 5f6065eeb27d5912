# bin/oct/hex match format() with '#' prefix; int() parses them back.
for n in [0, 5, -5, 64, 1000, -1000, 2 ** 70]:
    assert bin(n) == format(n, "#b")
    assert oct(n) == format(n, "#o")
    assert hex(n) == format(n, "#x")
    print(n, bin(n), oct(n), hex(n), int(bin(n), 0), int(oct(n), 0), int(hex(n), 0))
print(f"{10:#b} {10:#o} {10:#x} {10:#X}")
print(hex(255).upper(), hex(255)[2:].zfill(4), "%#x" % 255, "%#o" % 8)
print(int("0XFF", 0), int("0O17", 0), int("0B101", 0))
print(format(-255, "#010x"), format(255, "#010b"), format(8, "#06o"))
print(hex(-0), oct(-1), bin(-2), hex(True))
print(int("ff", 16) == 0xff == int(hex(255), 16))
