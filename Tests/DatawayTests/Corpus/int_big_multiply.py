# Arbitrary-precision multiplication.
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print(a * -b, -a * -b)
print(2 ** 64 * 2 ** 64 == 2 ** 128)
print((10 ** 30 + 1) * (10 ** 30 - 1))
x = 1
for i in range(1, 31):
    x *= i
print("30! =", x)
print(x * x)
print(99999999999999999999 * 99999999999999999999)
print(18446744073709551615 * 18446744073709551615)
print(3 ** 100)
print(-(7 ** 77))
print(0 * 10 ** 50, 1 * 10 ** 50)
print(len(str(3 ** 1000)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
big = 10 ** 40
print(big * 0.5, type(big * 0.5))
print(big * True, big * False)
