# Large int<->str conversions (kept under CPython 3.11's 4300-digit limit; hex/bin are unlimited).
n = 10 ** 4299
s = str(n)
print(len(s), s[:5], s[-5:])
print(int("9" * 4300) + 1 == 10 ** 4300)
print(len(str(2 ** 14000)))
print(hex(2 ** 20000)[:10], len(hex(2 ** 20000)))
print(len(bin(3 ** 5000)))
print(int("1" * 4000) % 97, int("8" * 4300) // 10 ** 4290)
big = 7 ** 3000
print(big % 1000, big.bit_length())
print(len(format(2 ** 10000, "x")), len(format(2 ** 10000, "b")))
