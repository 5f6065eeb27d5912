# bin/oct/hex of positive, negative, zero and huge ints.
for n in [0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 64) + 1, True]:
    print(n, bin(n), oct(n), hex(n))
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-255), 0))
for bad in [1.5, "10", None]:
    try:
        bin(bad)
    except TypeError as e:
        print("TypeError:", e)
print(hex(0xDEADBEEF), hex(3 ** 40), bin(2 ** 10)[2:].count("0"))
