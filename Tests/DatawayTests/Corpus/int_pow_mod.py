# Three-argument pow, negative exponents, modular inverse.
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7))
print(pow(2, 10 ** 18, 10 ** 9 + 7))
print(pow(123456789, 987654321, 2 ** 61 - 1))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(7, 0, 1), pow(0, 0), pow(0, 0, 5))
print(pow(3, -1, 7), pow(10, -2, 17), (pow(10, -2, 17) * 100) % 17)
print(pow(2, -1), pow(2, -3), pow(-2, -2), pow(4, 0.5))
print(pow(2.0, 3), pow(2, 3.0), pow(8, 1 / 3))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
