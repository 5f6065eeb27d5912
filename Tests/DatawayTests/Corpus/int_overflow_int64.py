# Values crossing the signed/unsigned 64-bit boundaries must stay exact.
max63 = 9223372036854775807
print(max63, max63 + 1, max63 + 2)
print(-max63 - 1, -max63 - 2)
print(max63 * 2, max63 * max63)
print(-(-max63 - 1))
print(abs(-max63 - 1))
print((-max63 - 1) // -1)
print((-max63 - 1) * -1)
print(max63 + 1 - 1 == max63)
print(2 ** 64 - 1, 2 ** 64, 2 ** 64 + 1)
print(18446744073709551615 + 1)
print(-9223372036854775808 - 1)
acc = 1
for _ in range(70):
    acc *= 2
print(acc)
acc = -1
for _ in range(70):
    acc *= 3
print(acc)
print(sum([max63] * 10))
print(sum(range(10 ** 10, 10 ** 10 + 5)))
print(max63 << 1, max63 >> 62, (max63 + 1) >> 63)
print(int(str(max63 + 1)), int(float(2 ** 63)))
print(hex(max63 + 1), bin(2 ** 64), oct(-2 ** 63))
print(-max63 - 1 == -(2 ** 63), (2 ** 63) % 10, (-2 ** 63) % 10)
