# divmod on ints of all signs and sizes, and on floats.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 10)]:
    print(a, b, divmod(a, b))
print(divmod(10 ** 25, 12345))
print(divmod(-(10 ** 25), 12345))
print(divmod(2 ** 64 + 3, 2 ** 32))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5))
print(divmod(True, 2))
seconds = 1000000
m, s = divmod(seconds, 60)
h, m = divmod(m, 60)
d, h = divmod(h, 24)
print(f"{d}d {h:02d}:{m:02d}:{s:02d}")
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
