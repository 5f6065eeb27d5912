from datetime import timedelta
a = timedelta(hours=10, minutes=30)
b = timedelta(minutes=45)
print(a + b, a - b, b - a, a * 3, 3 * a, a * 0.5, a / 2, a / 7, a // 7, a / b, a // b, a % b, divmod(a, b))
print(-a, +a, abs(-a), a > b, a == timedelta(minutes=630), a != b, bool(a - a))
print(timedelta(seconds=1) / 3, timedelta(seconds=1) * (1/3), timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a * a
except TypeError as e:
    print("TypeError:", e)
try:
    1 / a
except TypeError as e:
    print("TypeError:", e)
print(timedelta.max - timedelta.max, timedelta.resolution * 10)
try:
    timedelta.max + timedelta.resolution
except OverflowError as e:
    print("OverflowError:", e)
