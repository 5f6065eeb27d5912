# True division of ints gives correctly rounded floats, even for big ints.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, -0 / 5)
print(10 ** 20 / 10 ** 10, 10 ** 30 / 3, 2 ** 64 / 2 ** 32)
print((10 ** 400) / (10 ** 399))
print(1 / (2 ** 100), (2 ** 1000) / (2 ** 999))
print(12345678901234567890 / 10, 9007199254740993 / 1)
print(type(4 / 2), 4 / 2 == 2)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399)
print(sum([1 / 10] * 10), 1 / 10 * 10)
