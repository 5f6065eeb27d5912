# Bitwise ops on big and negative ints (two's complement with infinite sign extension).
a = 2 ** 100 + 2 ** 50 + 1
b = 2 ** 100 - 1
print(a & b, a | b, a ^ b)
print(~a, -a & 0xFFFF, (-a) >> 40, (-a) >> 200)
print(a >> 50, a << 28, (a << 1000) >> 1000 == a)
print(-1 & (2 ** 128 - 1) == 2 ** 128 - 1)
print(-(2 ** 100) | 1, -(2 ** 100) ^ -1)
print((1 << 64) | (1 << 63), (1 << 64) ^ ((1 << 64) - 1))
print(bin(a)[:12], len(bin(a)), hex(b))
x = 0
for i in range(0, 130, 13):
    x |= 1 << i
print(x, bin(x).count("1"))
print(x.bit_length(), (-x).bit_length(), (0).bit_length(), (255).bit_length())
print((2 ** 64) >> 64, (2 ** 64 - 1) >> 64, -(2 ** 64) >> 64, -(2 ** 64) >> 65)
print(5 & -5, -5 & -3, -5 | 2, -5 ^ 3)
print(~(2 ** 64 - 1), ~(-(2 ** 64)))
