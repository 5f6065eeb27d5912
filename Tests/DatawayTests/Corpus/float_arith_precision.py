# Familiar floating point artefacts that must be reproduced exactly.
print(0.1 + 0.2, 0.1 + 0.7, 0.3 + 0.6, 1.1 * 3, 4.35 * 100, 1.15 * 100)
print(0.1 * 0.1, 1 - 0.99, 0.57 * 100, 2.3 - 1.1, 19.99 * 3)
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(1e16 + 1.0 - 1e16, (1e16 + 1.0) - 1e16, 1e16 + (1.0 - 1e16))
print(sum([1e100, 1.0, -1e100]), 1e100 + 1.0 - 1e100)
print(3.0 * 1.1, 1.1 * 1.1, 100.0 - 99.99, 0.1 ** 2, 2 ** 0.5 * 2 ** 0.5)
print(9.2 - 9.1, 1.4 - 1.2, 5.1 % 1, 4.2 // 0.1)
print(1 / 49 * 49, 1 / 3 + 1 / 3 + 1 / 3)
print(12.34 * 10, 0.07 * 100, 33.3 / 3, 55.01 * 100)
print(float.fromhex("0x1.999999999999ap-4"), (0.1).hex(), (1.5).hex(), (-0.0).hex())
