# Powers of two around and far beyond machine word sizes.
for e in [0, 1, 7, 8, 15, 16, 31, 32, 53, 63, 64, 65, 100, 127, 128, 200, 256]:
    print(e, 2 ** e, -(2 ** e))
print(2 ** 200 - 1)
print(1 << 200 == 2 ** 200)
print(pow(2, 300))
print((2 ** 200) // (2 ** 100) == 2 ** 100)
p = 1
for i in range(1, 130):
    p *= 2
    if i % 32 == 0:
        print(i, p, p - 1, p + 1)
print(sum(2 ** i for i in range(64)) == 2 ** 64 - 1)
print(2 ** 0.5, 2 ** -2, (-2) ** 63, (-2) ** 64)
