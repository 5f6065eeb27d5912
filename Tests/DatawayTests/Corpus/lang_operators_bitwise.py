# Bitwise operators on ints, including negatives and bools.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b), bin(~a))
print(-1 & 0xFF, -1 >> 10, -256 >> 4, -1 << 3, ~-1, ~0)
print(1 << 100, (1 << 100) >> 99, (1 << 64) - 1)
print(0xF0F0 & 0x0FF0, 0xF0F0 | 0x000F, 0xFFFF ^ 0x00FF)
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & True), type(True & 1))
print(5 & 3 == 1, (5 & 3) == 1)
print(1 | 2 ^ 3 & 4, 1 + 2 << 3, 2 ** 3 << 1, -2 >> 1)
mask = 0
for bit in [0, 3, 5]:
    mask |= 1 << bit
print(mask, bin(mask), [i for i in range(8) if mask >> i & 1])
x = 0b1011_0110
print(x, hex(x), oct(x), x & -x, x ^ x)
print(-17 & 15, -17 | 15, -17 ^ 15)
print((2 ** 70 + 5) & 0xFF, -(2 ** 70) >> 68, ~(2 ** 70))
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.0 & 1)
except TypeError as e:
    print("TypeError:", e)
