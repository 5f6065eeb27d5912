# round(x, n) rounds the exact binary value, so 2.675 -> 2.67.
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, -1), round(314.159, -2))
print(round(1234.5678, 1), round(-1234.5678, 2), round(0.5, 1), round(0.05, 1), round(0.15, 1))
print(round(0.25, 1), round(0.35, 1), round(0.45, 1), round(2.5, 0), round(3.5, 0))
print(round(1e-10, 5), round(123.456, 10), round(1.23456789e-5, 7))
print(round(1e300, -299), round(12345.0, -2), round(-0.5, 0), round(0.0001, 2))
print(type(round(2.5, 0)), type(round(2.5)), type(round(25, 1)))
print(round(9.995, 2), round(19.999, 2), round(0.1 + 0.2, 10), round(100.0 / 3, 4))
prices = [19.99, 5.01, 3.333, 0.005, 0.015, 0.025, 1.455]
print([round(p, 2) for p in prices])
print(round(sum(prices), 2), round(sum(prices) * 1.2, 2))
print(round(float("inf"), 2), round(float("nan"), 2), round(-0.0, 1))
print(round(5e-324, 400), round(1.5, 400), round(2.5, None))
